import type BetterSqlite3 from 'better-sqlite3';
import type { Session } from '../../../../../shared/contract';
import { createMutationRunner } from '../../../mutations/run-mutation';
import {
  WAREHOUSE_ID,
  openReplica,
  seedBarcode,
  seedBin,
  seedBinStock,
  sequentialIds,
  session,
} from '../../../outbox/testing/replica-fixture';
import type { ReplicaFixture } from '../../../outbox/testing/replica-fixture';
import { createFloorServices } from '../floor-services';

export const STATION_ID = '01900000-0000-7000-8000-0000000000aa';

/** A station replica with a small warehouse floor and the floor services over it. */
export interface FloorFixture extends ReplicaFixture {
  floor: ReturnType<typeof createFloorServices>;
  signIn(overrides?: Partial<Session>): void;
}

export function openFloor(): FloorFixture {
  const fx = openReplica();
  let current: Session | null = session();
  const runner = createMutationRunner({
    db: fx.db,
    localWrite: fx.localWrite,
    clock: fx.clock,
    newId: sequentialIds(),
    getSession: () => current,
    getWarehouseId: () => WAREHOUSE_ID,
    stationId: STATION_ID,
    onRecorded: () => undefined,
  });
  const floor = createFloorServices({
    sqlite: fx.sqlite,
    runner,
    clock: fx.clock,
    newId: sequentialIds('0190e000-0000-7000-8000-'),
    stationId: STATION_ID,
    getWarehouseId: () => WAREHOUSE_ID,
  });
  return {
    ...fx,
    floor,
    signIn(overrides = {}) {
      current = session(overrides);
    },
  };
}

export interface SeedProduct {
  id: string;
  sku: string;
  name: string;
  gtin?: string;
  requiresLot?: boolean;
  requiresSerial?: boolean;
  weightGrams?: number;
}

export function seedFloorProduct(sqlite: BetterSqlite3.Database, p: SeedProduct): void {
  sqlite
    .prepare(
      `INSERT INTO synced_products (id, sku, gtin, name, weight_grams, length_mm, width_mm,
         height_mm, requires_lot, requires_serial, created_at)
       VALUES (?, ?, ?, ?, ?, 120, 90, 80, ?, ?, '2026-01-01T00:00:00.000Z')`,
    )
    .run(
      p.id,
      p.sku,
      p.gtin ?? null,
      p.name,
      p.weightGrams ?? 350,
      p.requiresLot ? 1 : 0,
      p.requiresSerial ? 1 : 0,
    );
  if (p.gtin) seedBarcode(sqlite, p.gtin, p.id);
}

/** A released fulfilment, as the fulfilments and fulfilment_lines shapes would deliver it. */
export function seedFulfilment(
  sqlite: BetterSqlite3.Database,
  f: {
    id: string;
    number: string;
    orderNumber: string;
    status?: string;
    lines: { id: string; productId: string; quantity: number }[];
    releasedAt?: string;
  },
): void {
  const at = f.releasedAt ?? '2026-11-26T08:00:00.000Z';
  sqlite
    .prepare(
      `INSERT INTO synced_fulfilments (id, number, order_id, warehouse_id, status, order_number,
         ship_to, service_level, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'standard', ?, ?)`,
    )
    .run(
      f.id,
      f.number,
      f.id.replace(/^0190/, '0191'),
      WAREHOUSE_ID,
      f.status ?? 'released',
      f.orderNumber,
      JSON.stringify({
        name: 'Zoë Łukasz',
        line1: '1 Quay St',
        city: 'Bristol',
        postcode: 'BS1 4DJ',
        country: 'GB',
      }),
      at,
      at,
    );
  const line = sqlite.prepare(
    `INSERT INTO synced_fulfilment_lines (id, fulfilment_id, order_line_id, product_id, quantity, warehouse_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const l of f.lines)
    line.run(l.id, f.id, l.id.replace(/^0190/, '0192'), l.productId, l.quantity, WAREHOUSE_ID);
}

export { WAREHOUSE_ID, seedBin, seedBinStock, seedBarcode };
