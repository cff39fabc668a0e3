import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../../server/db/schema';
import { msSince } from '../harness/percentiles';

/**
 * The floor under the outbox flush: the ledger rows the station's adjustments produced, written
 * again (new ids, no mutation record) as one INSERT in one transaction, through the same ledger
 * triggers (levels, bin stock, shape change log). unnest() keeps it one statement past the
 * 65,535-parameter limit of a VALUES list.
 */
export async function oneSqlBatchBaseline(
  db: Kysely<CentralDatabase>,
  warehouseId: string,
): Promise<{ rows: number; elapsedMs: number }> {
  const source = await db
    .selectFrom('stock_movements')
    .select(['bin_id', 'product_id', 'quantity', 'reason', 'reference', 'actor', 'station'])
    .where('warehouse_id', '=', warehouseId)
    .where('mutation_id', 'is not', null)
    .execute();
  if (source.length === 0) throw new Error('No station adjustments to copy for the baseline');
  const column = <K extends keyof (typeof source)[number]>(key: K) => source.map((r) => r[key]);
  const started = process.hrtime.bigint();
  await db.transaction().execute(async (trx) => {
    await sql`
      INSERT INTO stock_movements
        (id, warehouse_id, bin_id, product_id, quantity, reason, reference, actor, station)
      SELECT gen_random_uuid(), ${warehouseId}::uuid, m.*
        FROM unnest(${column('bin_id')}::uuid[], ${column('product_id')}::uuid[],
                    ${column('quantity')}::int[], ${column('reason')}::text[],
                    ${column('reference')}::text[], ${column('actor')}::text[],
                    ${column('station')}::text[])
             AS m(bin_id, product_id, quantity, reason, reference, actor, station)`.execute(trx);
  });
  return { rows: source.length, elapsedMs: msSince(started) };
}
