import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../../server/db/schema';
import { addWarehouse } from '../../server/testing/fixtures';

export interface BenchWarehouse {
  id: string;
  code: string;
  /** Every bin of the warehouse, in pick order (the fixture's own bin first). */
  binIds: string[];
  productIds: string[];
}

/** Opening stock of every bin × product, so no adjustment in the bench can go below zero. */
const OPENING_QUANTITY = 1_000;

/**
 * A warehouse whose bin_stock shape holds bins × products rows, built set-based. Bins and products
 * go through their capture triggers (a few thousand rows). The opening-balance ledger does not:
 * the per-row triggers (levels, then the catalogue-driven capture) take minutes for 200,000 rows.
 * It is written in one transaction with triggers off, followed by exactly what those triggers
 * would have left behind — bin_stock and stock_levels summed from the ledger, and one insert per
 * row in the shape change log with every column as text — so the database stays consistent.
 */
export async function buildBenchWarehouse(
  db: Kysely<CentralDatabase>,
  size: { bins: number; products: number },
): Promise<BenchWarehouse> {
  const warehouse = await addWarehouse(db, 'BENCH', { country: 'GB', lat: 53.4, lon: -2.2 });
  await sql`
    INSERT INTO bins (id, warehouse_id, code, pick_sequence)
    SELECT gen_random_uuid(), ${warehouse.id}::uuid, 'B-' || lpad(n::text, 5, '0'), n + 1
      FROM generate_series(1, ${size.bins - 1}::int) AS n`.execute(db);
  await sql`
    INSERT INTO products (id, sku, name, weight_grams, length_mm, width_mm, height_mm)
    SELECT gen_random_uuid(), 'BENCH-' || lpad(n::text, 5, '0'), 'Bench product ' || n, 500, 100, 100, 50
      FROM generate_series(1, ${size.products}::int) AS n`.execute(db);
  await db.transaction().execute(async (trx) => {
    // Superuser only (the bench's own embedded server); also skips FK checks, which the
    // cross join below satisfies by construction.
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await sql`
      INSERT INTO stock_movements (id, warehouse_id, bin_id, product_id, quantity, reason, actor)
      SELECT gen_random_uuid(), b.warehouse_id, b.id, p.id, ${OPENING_QUANTITY}::int,
             'opening_balance', 'bench'
        FROM bins b CROSS JOIN products p
       WHERE b.warehouse_id = ${warehouse.id}::uuid`.execute(trx);
    await sql`
      INSERT INTO bin_stock (bin_id, product_id, on_hand, warehouse_id)
      SELECT bin_id, product_id, sum(quantity), warehouse_id
        FROM stock_movements WHERE warehouse_id = ${warehouse.id}::uuid
       GROUP BY bin_id, product_id, warehouse_id`.execute(trx);
    await sql`
      INSERT INTO stock_levels (warehouse_id, product_id, on_hand)
      SELECT warehouse_id, product_id, sum(quantity)
        FROM stock_movements WHERE warehouse_id = ${warehouse.id}::uuid
       GROUP BY warehouse_id, product_id`.execute(trx);
    // Same relation, key, scope and value as shape_capture_change() writes (columns in attnum order).
    await sql`
      INSERT INTO shape_changes (relation, key, operation, warehouse_id, value)
      SELECT 'bin_stock',
             '"public"."bin_stock"/"' || bin_id || '"/"' || product_id || '"',
             'insert', warehouse_id,
             jsonb_build_object('bin_id', bin_id::text, 'product_id', product_id::text,
                                'on_hand', on_hand::text, 'warehouse_id', warehouse_id::text)
        FROM bin_stock WHERE warehouse_id = ${warehouse.id}::uuid
       ORDER BY bin_id, product_id`.execute(trx);
    await sql`
      INSERT INTO shape_changes (relation, key, operation, warehouse_id, value)
      SELECT 'stock_levels',
             '"public"."stock_levels"/"' || warehouse_id || '"/"' || product_id || '"',
             'insert', warehouse_id,
             jsonb_build_object('warehouse_id', warehouse_id::text, 'product_id', product_id::text,
                                'on_hand', on_hand::text, 'reserved', reserved::text)
        FROM stock_levels WHERE warehouse_id = ${warehouse.id}::uuid
       ORDER BY product_id`.execute(trx);
    await sql`SELECT pg_notify('wharf_shape_changes', '')`.execute(trx);
  });
  const bins = await db
    .selectFrom('bins')
    .select('id')
    .where('warehouse_id', '=', warehouse.id)
    .orderBy('pick_sequence')
    .execute();
  const products = await db.selectFrom('products').select('id').orderBy('sku').execute();
  return {
    id: warehouse.id,
    code: warehouse.code,
    binIds: bins.map((b) => b.id),
    productIds: products.map((p) => p.id),
  };
}
