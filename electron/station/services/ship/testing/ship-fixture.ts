import type BetterSqlite3 from 'better-sqlite3';
import { EXAMPLE_RATE_CARD } from '../../../../../shared/domain/shipping/example-rate-card';
import { WAREHOUSE_ID } from '../../floor/testing/floor-fixture';
import { STATION_ID } from '../../floor/testing/floor-fixture';

export const RANGE_ID = '0190c100-0000-7000-8000-000000000001';
export const SSCC_RANGE_ID = '0190c200-0000-7000-8000-000000000001';

/** The carriers, number blocks and warehouse address a station gets from the head office. */
export function seedShipping(
  sqlite: BetterSqlite3.Database,
  options: { rangeSize?: number; middleware?: boolean } = {},
): void {
  const at = '2026-11-26T07:00:00.000Z';
  sqlite
    .prepare(
      `INSERT OR REPLACE INTO synced_warehouses (id, code, name, country, postcode, latitude,
         longitude, created_at, address_line1, city)
       VALUES (?, 'LON1', 'London Dock', 'GB', 'E1 1AA', 51.5, -0.07, ?, '5 Dock Road', 'London')`,
    )
    .run(WAREHOUSE_ID, at);
  const carrier = sqlite.prepare(
    `INSERT INTO synced_carriers (code, name, kind, rate_card, label_symbology, consignment_prefix,
       range_size, next_serial, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1000, 1, 1, ?)`,
  );
  carrier.run(
    'PARCELCO',
    'ParcelCo',
    'rate_card',
    JSON.stringify(EXAMPLE_RATE_CARD),
    'code128',
    'PC',
    at,
  );
  if (options.middleware)
    carrier.run('SKYPOST', 'SkyPost', 'middleware', null, 'code128', null, at);
  sqlite
    .prepare(
      `INSERT INTO synced_consignment_ranges (id, station_id, warehouse_id, carrier_code, prefix,
         first_serial, last_serial, allocated_at) VALUES (?, ?, ?, 'PARCELCO', 'PC', 1001, ?, ?)`,
    )
    .run(RANGE_ID, STATION_ID, WAREHOUSE_ID, 1000 + (options.rangeSize ?? 100), at);
  sqlite
    .prepare(
      `INSERT INTO synced_sscc_ranges (id, station_id, warehouse_id, company_prefix, extension_digit,
         first_serial, last_serial, allocated_at) VALUES (?, ?, ?, '5012345', 3, 1, 1000, ?)`,
    )
    .run(SSCC_RANGE_ID, STATION_ID, WAREHOUSE_ID, at);
}

/** A closed parcel as the head office synced it. */
export function seedParcel(
  sqlite: BetterSqlite3.Database,
  p: {
    id: string;
    number: string;
    fulfilmentId: string;
    last: boolean;
    weightGrams?: number;
    items: unknown[];
  },
): void {
  sqlite
    .prepare(
      `INSERT INTO synced_parcels (id, number, warehouse_id, fulfilment_id, box_code, weight_grams,
         length_mm, width_mm, height_mm, items, last, station_id, person_id, closed_at)
       VALUES (?, ?, ?, ?, 'BOX-M', ?, 300, 200, 150, ?, ?, ?, ?, '2026-11-26T08:30:00.000Z')`,
    )
    .run(
      p.id,
      p.number,
      WAREHOUSE_ID,
      p.fulfilmentId,
      p.weightGrams ?? 1200,
      JSON.stringify(p.items),
      p.last ? 1 : 0,
      STATION_ID,
      '0190a000-0000-7000-8000-0000000000aa',
    );
}
