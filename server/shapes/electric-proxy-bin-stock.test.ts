import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readCentralMigrations } from '../db/central-migrate';
import { addProduct, addStock, addWarehouse } from '../testing/fixtures';
import { withDatabase } from '../testing/global-database';
import { createTestDatabase } from '../testing/test-database';

// Migration 0004 gives bin_stock its bin's warehouse, so Electric can filter it without a subquery.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database migrated only up to `lastId`, so a later migration can be run over real rows. */
async function databaseUpTo(lastId: number): Promise<pg.Client> {
  const adminUrl = inject('centralAdminUrl');
  const name = `wharf_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
  await client.connect();
  cleanups.push(async () => {
    await client.end();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  for (const migration of readCentralMigrations().filter((m) => m.id <= lastId)) {
    await client.query(migration.sql);
  }
  return client;
}

function migration(id: number): string {
  const found = readCentralMigrations().find((m) => m.id === id);
  if (!found) throw new Error(`no migration ${id}`);
  return found.sql;
}

describe('bin_stock.warehouse_id (migration 0004)', () => {
  it('is filled from the bins for stock that existed before the migration', async () => {
    const client = await databaseUpTo(3);
    const [north, south, product] = [randomUUID(), randomUUID(), randomUUID()];
    const [northBin, southBin] = [randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO warehouses (id, code, name, country, latitude, longitude)
       VALUES ($1, 'NORTH', 'North', 'GB', 55, -2), ($2, 'SOUTH', 'South', 'GB', 50, -1)`,
      [north, south],
    );
    await client.query(
      `INSERT INTO bins (id, warehouse_id, code, pick_sequence) VALUES ($1, $2, 'A', 1), ($3, $4, 'A', 1)`,
      [northBin, north, southBin, south],
    );
    await client.query(
      `INSERT INTO products (id, sku, name, weight_grams, length_mm, width_mm, height_mm)
       VALUES ($1, 'SKU-1', 'One', 1, 1, 1, 1)`,
      [product],
    );
    await client.query(
      `INSERT INTO stock_movements (id, warehouse_id, bin_id, product_id, quantity, reason, actor)
       VALUES ($1, $2, $3, $4, 5, 'opening_balance', 'test'), ($5, $6, $7, $4, 7, 'opening_balance', 'test')`,
      [randomUUID(), north, northBin, product, randomUUID(), south, southBin],
    );

    await client.query(migration(4));

    const { rows } = await client.query<{ bin_id: string; warehouse_id: string }>(
      'SELECT bin_id, warehouse_id FROM bin_stock ORDER BY on_hand',
    );
    expect(rows).toEqual([
      { bin_id: northBin, warehouse_id: north },
      { bin_id: southBin, warehouse_id: south },
    ]);
    // Stations on the built-in feed hear of the new column like any other change.
    const changes = await client.query<{ warehouse_id: string }>(
      `SELECT value ->> 'warehouse_id' AS warehouse_id FROM shape_changes
        WHERE relation = 'bin_stock' AND value ->> 'warehouse_id' IS NOT NULL ORDER BY id`,
    );
    expect(changes.rows.map((r) => r.warehouse_id).sort()).toEqual([north, south].sort());
  });

  it('follows the bin for new stock, and keeps the bin and its warehouse together', async () => {
    const db = await createTestDatabase(2);
    cleanups.push(() => db.drop());
    const north = await addWarehouse(db.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
    const south = await addWarehouse(db.db, 'SOUTH', { country: 'GB', lat: 50, lon: -1 });
    const product = await addProduct(db.db, 'SKU-1');
    await addStock(db.db, north, product, 5);

    const { rows } = await db.pool.query<{ warehouse_id: string; on_hand: number }>(
      'SELECT warehouse_id, on_hand FROM bin_stock WHERE bin_id = $1',
      [north.binId],
    );
    expect(rows).toEqual([{ warehouse_id: north.id, on_hand: 5 }]);

    const other = await addProduct(db.db, 'SKU-2');
    await expect(
      db.pool.query(
        'INSERT INTO bin_stock (bin_id, product_id, warehouse_id, on_hand) VALUES ($1, $2, $3, 1)',
        [north.binId, other, south.id],
      ),
    ).rejects.toThrow(/bin_stock_bin_warehouse/);
    await expect(
      db.pool.query("UPDATE bins SET warehouse_id = $1, code = 'MOVED' WHERE id = $2", [
        south.id,
        north.binId,
      ]),
    ).rejects.toThrow(/bin_stock_bin_warehouse/);
  });
});
