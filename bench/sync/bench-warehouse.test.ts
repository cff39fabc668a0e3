import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerDiscrepancies } from '../../server/db/ledger-check';
import { createTestDatabase } from '../../server/testing/test-database';
import type { TestDatabase } from '../../server/testing/test-database';
import { buildBenchWarehouse } from './bench-warehouse';

interface LoggedChange {
  key: string;
  operation: string;
  warehouse_id: string | null;
  value: Record<string, string | null>;
  old_value: Record<string, string | null> | null;
}

describe('buildBenchWarehouse', () => {
  let central: TestDatabase;
  beforeEach(async () => {
    central = await createTestDatabase(4);
  });
  afterEach(async () => {
    await central.drop();
  });

  const logged = async (relation: string): Promise<LoggedChange[]> =>
    (
      await sql<LoggedChange>`
        SELECT key, operation, warehouse_id, value, old_value FROM shape_changes
         WHERE relation = ${relation} ORDER BY id`.execute(central.db)
    ).rows;

  it('leaves levels, bin stock and the change log exactly as the ledger triggers would', async () => {
    const warehouse = await buildBenchWarehouse(central.db, { bins: 3, products: 2 });
    expect(warehouse.binIds).toHaveLength(3);
    expect(warehouse.productIds).toHaveLength(2);
    expect(await ledgerDiscrepancies(central.db)).toEqual([]);

    const binStock = await logged('bin_stock');
    const levels = await logged('stock_levels');
    expect(binStock).toHaveLength(6);
    expect(levels).toHaveLength(2);
    expect(binStock.every((c) => c.warehouse_id === warehouse.id)).toBe(true);

    // The capture trigger is the oracle: touching every row makes it log each row's current
    // state as old_value, which must equal what the bench logged for that row (key too).
    await sql`UPDATE bin_stock SET on_hand = on_hand + 1`.execute(central.db);
    await sql`UPDATE stock_levels SET on_hand = on_hand + 1`.execute(central.db);
    const byTrigger = [...(await logged('bin_stock')), ...(await logged('stock_levels'))].filter(
      (c) => c.operation === 'update',
    );
    expect(byTrigger).toHaveLength(8);
    const ours = new Map([...binStock, ...levels].map((c) => [c.key, c]));
    for (const change of byTrigger) {
      const mine = ours.get(change.key);
      expect(mine?.operation).toBe('insert');
      expect(mine?.value).toEqual(change.old_value);
      expect(mine?.warehouse_id).toBe(change.warehouse_id);
    }
  });
});
