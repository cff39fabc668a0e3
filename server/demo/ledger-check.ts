import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';

export interface LedgerMismatch {
  check: 'on_hand' | 'reserved' | 'bin_on_hand';
  warehouseOrBin: string;
  productId: string;
  expected: number;
  stored: number;
}

/**
 * Recomputes the derived stock figures from their sources — on hand from the ledger, reserved
 * from the active reservations, bin stock from the ledger rows that name a bin — and lists
 * every row where the cached figure disagrees. Empty means the triggers kept them true.
 */
export async function checkLedger(db: Kysely<CentralDatabase>): Promise<LedgerMismatch[]> {
  const onHand = await sql<{ place: string; product: string; expected: string; stored: string }>`
    SELECT coalesce(m.warehouse_id, l.warehouse_id)::text AS place,
           coalesce(m.product_id, l.product_id)::text AS product,
           coalesce(m.total, 0)::text AS expected, coalesce(l.on_hand, 0)::text AS stored
    FROM (SELECT warehouse_id, product_id, sum(quantity) AS total
          FROM stock_movements GROUP BY warehouse_id, product_id) m
    FULL JOIN stock_levels l USING (warehouse_id, product_id)
    WHERE coalesce(m.total, 0) <> coalesce(l.on_hand, 0)`.execute(db);
  const reserved = await sql<{ place: string; product: string; expected: string; stored: string }>`
    SELECT coalesce(r.warehouse_id, l.warehouse_id)::text AS place,
           coalesce(r.product_id, l.product_id)::text AS product,
           coalesce(r.total, 0)::text AS expected, coalesce(l.reserved, 0)::text AS stored
    FROM (SELECT warehouse_id, product_id, sum(quantity) AS total FROM reservations
          WHERE status = 'active' GROUP BY warehouse_id, product_id) r
    FULL JOIN stock_levels l USING (warehouse_id, product_id)
    WHERE coalesce(r.total, 0) <> coalesce(l.reserved, 0)`.execute(db);
  const bins = await sql<{ place: string; product: string; expected: string; stored: string }>`
    SELECT coalesce(m.bin_id, b.bin_id)::text AS place,
           coalesce(m.product_id, b.product_id)::text AS product,
           coalesce(m.total, 0)::text AS expected, coalesce(b.on_hand, 0)::text AS stored
    FROM (SELECT bin_id, product_id, sum(quantity) AS total FROM stock_movements
          WHERE bin_id IS NOT NULL GROUP BY bin_id, product_id) m
    FULL JOIN bin_stock b USING (bin_id, product_id)
    WHERE coalesce(m.total, 0) <> coalesce(b.on_hand, 0)`.execute(db);
  const rows = (check: LedgerMismatch['check'], found: typeof onHand.rows): LedgerMismatch[] =>
    found.map((r) => ({
      check,
      warehouseOrBin: r.place,
      productId: r.product,
      expected: Number(r.expected),
      stored: Number(r.stored),
    }));
  return [
    ...rows('on_hand', onHand.rows),
    ...rows('reserved', reserved.rows),
    ...rows('bin_on_hand', bins.rows),
  ];
}
