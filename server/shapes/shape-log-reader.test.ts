import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../pipeline/ids';
import { addProduct, addWarehouse } from '../testing/fixtures';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { readChanges } from './shape-log-reader';
import type { LogPosition } from './shape-offset';

describe('readChanges paging', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(2);
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages through one big transaction in log order, losing nothing where the log ids grow a digit', async () => {
    const warehouse = await addWarehouse(t.db, 'PAGE', { country: 'GB', lat: 51, lon: 0 });
    const products: string[] = [];
    for (let i = 0; i < 60; i += 1) products.push(await addProduct(t.db, `PG-${i}`));
    // One transaction writing 60 movements, each changing bin_stock and stock_levels.
    await t.db
      .insertInto('stock_movements')
      .values(
        products.map((productId) => ({
          id: newId(),
          warehouse_id: warehouse.id,
          bin_id: warehouse.binId,
          product_id: productId,
          quantity: 3,
          reason: 'opening_balance' as const,
          actor: 'test',
        })),
      )
      .execute();

    const def = {
      table: 'bin_stock' as const,
      warehouseId: warehouse.id,
      stationId: newId(),
      replica: 'full' as const,
    };
    let after: LogPosition = { txid: 0n, id: 0n };
    const seen: bigint[] = [];
    for (let page = 0; page < 20; page += 1) {
      const { changes } = await readChanges(t.db, def, after, 7);
      if (changes.length === 0) break;
      for (const change of changes) seen.push(change.position.id);
      after = changes.at(-1)?.position ?? after;
    }
    const expected = await sql<{ id: string }>`
      SELECT id::text FROM shape_changes
       WHERE relation = 'bin_stock' AND warehouse_id = ${warehouse.id}::uuid
       ORDER BY shape_changes.id`.execute(t.db);
    expect(seen.map(String)).toEqual(expected.rows.map((r) => r.id));
    // Ids of two lengths: where sorting them as text (as a bare ORDER BY did) skips changes.
    expect(seen.some((id) => id < 100n) && seen.some((id) => id >= 100n)).toBe(true);
  });
});
