import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from './schema';

/**
 * The ledger's promises, checked against the database as it is: every level is the sum of its
 * movements, every bin's count is the sum of its binned movements, and every level's reserved
 * is the sum of its active reservations. Returns one readable line per broken promise.
 */
export async function ledgerDiscrepancies(db: Kysely<CentralDatabase>): Promise<string[]> {
  const onHand = await sql<{ where: string; ledger: number; level: number }>`
    SELECT w.code || '/' || p.sku AS where, coalesce(m.total, 0)::int AS ledger,
           coalesce(l.on_hand, 0) AS level
      FROM (SELECT warehouse_id, product_id, sum(quantity) AS total
              FROM stock_movements GROUP BY warehouse_id, product_id) m
      FULL JOIN stock_levels l USING (warehouse_id, product_id)
      JOIN warehouses w ON w.id = warehouse_id
      JOIN products p ON p.id = product_id
     WHERE coalesce(m.total, 0) <> coalesce(l.on_hand, 0)`.execute(db);
  const reserved = await sql<{ where: string; active: number; level: number }>`
    SELECT w.code || '/' || p.sku AS where, coalesce(r.total, 0)::int AS active,
           coalesce(l.reserved, 0) AS level
      FROM (SELECT warehouse_id, product_id, sum(quantity) AS total
              FROM reservations WHERE status = 'active' GROUP BY warehouse_id, product_id) r
      FULL JOIN stock_levels l USING (warehouse_id, product_id)
      JOIN warehouses w ON w.id = warehouse_id
      JOIN products p ON p.id = product_id
     WHERE coalesce(r.total, 0) <> coalesce(l.reserved, 0)`.execute(db);
  const bins = await sql<{ where: string; ledger: number; bin: number }>`
    SELECT b.code || '/' || p.sku AS where, coalesce(m.total, 0)::int AS ledger,
           coalesce(s.on_hand, 0) AS bin
      FROM (SELECT bin_id, product_id, sum(quantity) AS total
              FROM stock_movements WHERE bin_id IS NOT NULL GROUP BY bin_id, product_id) m
      FULL JOIN bin_stock s USING (bin_id, product_id)
      JOIN bins b ON b.id = bin_id
      JOIN products p ON p.id = product_id
     WHERE coalesce(m.total, 0) <> coalesce(s.on_hand, 0)`.execute(db);
  return [
    ...onHand.rows.map((r) => `${r.where}: ledger sums to ${r.ledger}, on_hand says ${r.level}`),
    ...reserved.rows.map(
      (r) => `${r.where}: active reservations sum to ${r.active}, reserved says ${r.level}`,
    ),
    ...bins.rows.map((r) => `bin ${r.where}: ledger sums to ${r.ledger}, bin_stock says ${r.bin}`),
  ];
}

/**
 * What the pipeline promises about orders waiting to ship: each line's units are either reserved
 * or backordered, exactly once; live fulfilment lines match active reservations; a cancelled
 * order holds nothing.
 */
export async function orderAccountingDiscrepancies(db: Kysely<CentralDatabase>): Promise<string[]> {
  const lines = await sql<{
    number: string;
    status: string;
    line_no: number;
    quantity: number;
    backordered: number;
    reserved: number;
    fulfilled: number;
  }>`
    SELECT o.number, o.status, l.line_no, l.quantity, l.backordered_qty AS backordered,
           coalesce((SELECT sum(r.quantity) FROM reservations r
                      WHERE r.order_line_id = l.id AND r.status = 'active'), 0)::int AS reserved,
           -- A short pick that was backordered takes its units out of the fulfilment line.
           coalesce((SELECT sum(fl.quantity) FROM fulfilment_lines fl
                       JOIN fulfilments f ON f.id = fl.fulfilment_id
                      WHERE fl.order_line_id = l.id AND f.status <> 'cancelled'), 0)::int
           - coalesce((SELECT sum(s.quantity) FROM short_picks s
                        JOIN fulfilment_lines fl ON fl.id = s.fulfilment_line_id
                        JOIN fulfilments f ON f.id = fl.fulfilment_id
                       WHERE fl.order_line_id = l.id AND f.status <> 'cancelled'
                         AND s.resolution = 'backorder'), 0)::int AS fulfilled
      FROM order_lines l JOIN orders o ON o.id = l.order_id
     WHERE l.product_id IS NOT NULL
       AND o.status IN ('allocated', 'backordered', 'released', 'cancelled')`.execute(db);
  const problems: string[] = [];
  for (const l of lines.rows) {
    const where = `${l.number} line ${l.line_no}`;
    if (l.status === 'cancelled') {
      if (l.reserved > 0 || l.fulfilled > 0 || l.backordered > 0) {
        problems.push(
          `${where}: cancelled but still holds ${l.reserved} reserved, ${l.fulfilled} in fulfilments, ${l.backordered} backordered`,
        );
      }
      continue;
    }
    if (l.reserved + l.backordered !== l.quantity) {
      problems.push(
        `${where}: ${l.quantity} ordered but ${l.reserved} reserved + ${l.backordered} backordered`,
      );
    }
    if (l.fulfilled !== l.reserved) {
      problems.push(`${where}: ${l.fulfilled} in fulfilments but ${l.reserved} reserved`);
    }
  }
  return problems;
}

/** Throws with every discrepancy, so a failure (in a test or a seed) says what drifted where. */
export async function assertLedgerConsistent(
  db: Kysely<CentralDatabase>,
  options: { orders?: boolean } = { orders: true },
): Promise<void> {
  const problems = [
    ...(await ledgerDiscrepancies(db)),
    ...(options.orders ? await orderAccountingDiscrepancies(db) : []),
  ];
  if (problems.length > 0) {
    throw new Error(`Ledger inconsistent:\n  ${problems.join('\n  ')}`);
  }
}
