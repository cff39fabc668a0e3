import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { WharfError } from '../../../shared/contract';
import type { StationDatabase } from '../db/schema';

type Reader = Kysely<StationDatabase> | Transaction<StationDatabase>;

export interface LineFacts {
  fulfilmentId: string;
  fulfilmentNumber: string;
  productId: string;
  sku: string;
  quantity: number;
}

/** A fulfilment line as the replica knows it, in this warehouse; refused otherwise. */
export async function requireLine(
  db: Reader,
  lineId: string,
  warehouseId: string,
): Promise<LineFacts> {
  const row = (
    await sql<LineFacts & { warehouseId: string }>`
      SELECT l.fulfilment_id AS "fulfilmentId", f.number AS "fulfilmentNumber",
             l.product_id AS "productId", COALESCE(p.sku, '?') AS sku, l.quantity,
             f.warehouse_id AS "warehouseId"
      FROM synced_fulfilment_lines l
      JOIN synced_fulfilments f ON f.id = l.fulfilment_id
      LEFT JOIN synced_products p ON p.id = l.product_id
      WHERE l.id = ${lineId}`.execute(db)
  ).rows[0];
  if (!row) {
    throw new WharfError(
      'NOT_FOUND',
      'This station does not know that order line; wait until the Sync screen shows fulfilments as live.',
    );
  }
  if (row.warehouseId !== warehouseId) {
    throw new WharfError(
      'BAD_REQUEST',
      `Order ${row.fulfilmentNumber} is another warehouse's work.`,
    );
  }
  return row;
}

/** A bin of this warehouse, by id; refused otherwise. */
export async function requireBin(
  db: Reader,
  binId: string,
  warehouseId: string,
): Promise<{ code: string }> {
  const bin = (
    await sql<{ code: string; warehouse_id: string }>`
      SELECT code, warehouse_id FROM synced_bins WHERE id = ${binId}`.execute(db)
  ).rows[0];
  if (!bin) throw new WharfError('NOT_FOUND', 'This station does not know that bin yet.');
  if (bin.warehouse_id !== warehouseId) {
    throw new WharfError('BAD_REQUEST', `Bin ${bin.code} belongs to another warehouse.`);
  }
  return { code: bin.code };
}

/** Units of a line the floor still owes: need minus backordered shorts, picks and re-tasks. */
export async function lineCounts(
  db: Reader,
  lineId: string,
): Promise<{ picked: number; backordered: number; packed: number }> {
  const row = (
    await sql<{ picked: number; backordered: number }>`
      SELECT
        COALESCE((SELECT SUM(quantity) FROM floor_picks WHERE fulfilment_line_id = ${lineId}), 0)
          AS picked,
        COALESCE((SELECT SUM(quantity) FROM floor_shorts
                  WHERE fulfilment_line_id = ${lineId} AND resolution = 'backorder'), 0)
          AS backordered`.execute(db)
  ).rows[0];
  return { picked: row?.picked ?? 0, backordered: row?.backordered ?? 0, packed: 0 };
}

/** What the floor sees in a bin: synced count plus this station's pending changes. */
export async function binOnHand(db: Reader, binId: string, productId: string): Promise<number> {
  const row = (
    await sql<{ onHand: number }>`
      SELECT
        COALESCE((SELECT on_hand FROM synced_bin_stock
                  WHERE bin_id = ${binId} AND product_id = ${productId}), 0)
        + COALESCE((SELECT SUM(delta) FROM stock_overlay
                    WHERE bin_id = ${binId} AND product_id = ${productId}), 0) AS "onHand"`.execute(
      db,
    )
  ).rows[0];
  return row?.onHand ?? 0;
}
