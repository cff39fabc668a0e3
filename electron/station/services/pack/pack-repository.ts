import type BetterSqlite3 from 'better-sqlite3';
import { backorderedUnitsSql, packedUnitsSql, pickedUnitsSql } from '../../db/floor-sql';

export interface PackFulfilmentRow {
  id: string;
  number: string;
  order_number: string;
  status: string;
  service_level: string;
  ship_to: string;
  warehouse_id: string;
}

export interface PackLineRow {
  id: string;
  product_id: string;
  quantity: number;
  sku: string;
  name: string;
  gtin: string | null;
  requires_lot: number;
  requires_serial: number;
  weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  picked: number;
  short: number;
  packed: number;
  in_parcel: number;
}

export interface PackParcelRow {
  id: string;
  number: string;
  box_code: string;
  weight_grams: number;
  items: string;
  last: number;
  pending: number;
}

export interface ToteMemberRow {
  fulfilment_id: string;
  number: string;
  order_number: string;
}

/** The packing bench's reads and its working state (units verified into the open parcel). */
export function createPackRepository(sqlite: BetterSqlite3.Database) {
  const fulfilment = sqlite.prepare<[string], PackFulfilmentRow>(
    `SELECT id, number, order_number, status, service_level, ship_to, warehouse_id
     FROM synced_fulfilments WHERE id = ?`,
  );
  const lines = sqlite.prepare<[string], PackLineRow>(
    `SELECT l.id, l.product_id, l.quantity, p.sku, p.name, p.gtin, p.requires_lot,
            p.requires_serial, p.weight_grams, p.length_mm, p.width_mm, p.height_mm,
            ${pickedUnitsSql('l.id')} AS picked,
            ${backorderedUnitsSql('l.id')} AS short,
            ${packedUnitsSql('l.id', 'l.fulfilment_id')} AS packed,
            COALESCE((SELECT SUM(quantity) FROM pack_bench_items b
                      WHERE b.fulfilment_line_id = l.id), 0) AS in_parcel
     FROM synced_fulfilment_lines l JOIN synced_products p ON p.id = l.product_id
     WHERE l.fulfilment_id = ? ORDER BY p.sku, l.id`,
  );
  const parcels = sqlite.prepare<[string], PackParcelRow>(
    `SELECT id, number, box_code, weight_grams, items, last, pending FROM floor_parcels
     WHERE fulfilment_id = ? ORDER BY closed_at, number`,
  );
  const rejectedParcels = sqlite.prepare<
    [string],
    { id: string; payload: string; reject_message: string }
  >(
    `SELECT id, payload, reject_message FROM outbox
     WHERE kind = 'parcel.close' AND state = 'rejected'
       AND json_extract(payload, '$.fulfilmentId') = ? ORDER BY seq`,
  );
  // The newest pick list that put something in this tote, and its orders in that tote.
  const toteMembers = sqlite.prepare<[string, string], ToteMemberRow>(
    `SELECT m.fulfilment_id, f.number, f.order_number
     FROM floor_wave_members m JOIN synced_fulfilments f ON f.id = m.fulfilment_id
     WHERE m.tote = ? AND m.wave_id = (
       SELECT w.id FROM floor_waves w JOIN floor_wave_members x ON x.wave_id = w.id
       WHERE x.tote = ? ORDER BY w.created_at DESC LIMIT 1)
       AND f.status IN ('released', 'picking')
     ORDER BY m.position`,
  );
  const toteOf = sqlite.prepare<[string], { tote: string | null }>(
    `SELECT m.tote FROM floor_wave_members m JOIN floor_waves w ON w.id = m.wave_id
     WHERE m.fulfilment_id = ? ORDER BY w.created_at DESC LIMIT 1`,
  );
  const addBench = sqlite.prepare(
    `INSERT INTO pack_bench_items
       (scan_id, fulfilment_id, fulfilment_line_id, product_id, quantity, scanned_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const lastBenchScan = sqlite.prepare<[string], { scan_id: string }>(
    `SELECT scan_id FROM pack_bench_items WHERE fulfilment_id = ? ORDER BY seq DESC LIMIT 1`,
  );
  const removeBenchScan = sqlite.prepare(`DELETE FROM pack_bench_items WHERE scan_id = ?`);
  const warehouse = sqlite.prepare<[string], { name: string; postcode: string; country: string }>(
    `SELECT name, postcode, country FROM synced_warehouses WHERE id = ?`,
  );

  return {
    fulfilment: (id: string) => fulfilment.get(id),
    lines: (fulfilmentId: string) => lines.all(fulfilmentId),
    parcels: (fulfilmentId: string) => parcels.all(fulfilmentId),
    rejectedParcels: (fulfilmentId: string) => rejectedParcels.all(fulfilmentId),
    toteMembers: (tote: string) => toteMembers.all(tote, tote),
    toteOf: (fulfilmentId: string) => toteOf.get(fulfilmentId)?.tote ?? null,
    /** One scan's units, spread over the lines they went to, as one undoable step. */
    addBenchScan: sqlite.transaction(
      (
        scanId: string,
        fulfilmentId: string,
        at: string,
        allocations: readonly { lineId: string; productId: string; units: number }[],
      ) => {
        for (const a of allocations) {
          addBench.run(scanId, fulfilmentId, a.lineId, a.productId, a.units, at);
        }
      },
    ),
    /** Takes the last scan back out; false when the bench is empty. */
    removeLastBenchScan(fulfilmentId: string): boolean {
      const last = lastBenchScan.get(fulfilmentId);
      if (!last) return false;
      removeBenchScan.run(last.scan_id);
      return true;
    },
    warehouse: (id: string) => warehouse.get(id),
  };
}

export type PackRepository = ReturnType<typeof createPackRepository>;
