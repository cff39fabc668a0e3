import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { migrateCentral, readCentralMigrations } from './central-migrate';

describe('central migrations', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(2);
  });
  afterEach(() => db.drop());

  it('has applied every migration to the template and does nothing again', async () => {
    const client = await db.pool.connect();
    try {
      expect(await migrateCentral(client)).toEqual([]);
      const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations');
      expect(rows.map((r) => r.name)).toEqual(readCentralMigrations().map((m) => m.name));
    } finally {
      client.release();
    }
  });

  it('refuses a database that knows a migration the code does not', async () => {
    const client = await db.pool.connect();
    try {
      await client.query(
        "INSERT INTO schema_migrations (id, name, checksum) VALUES (9999, 'from_the_future', 'x')",
      );
      await expect(migrateCentral(client)).rejects.toThrowError(
        /9999_from_the_future.*newer version/,
      );
    } finally {
      client.release();
    }
  });

  it('rolls back a failing migration completely', async () => {
    const client = await db.pool.connect();
    try {
      const files = [
        ...readCentralMigrations(),
        {
          id: 9000,
          name: 'broken',
          checksum: 'c',
          sql: 'CREATE TABLE half (id int); CREATE TABLE (',
        },
      ];
      await expect(migrateCentral(client, files)).rejects.toThrowError(
        /9000_broken failed and was rolled back/,
      );
      const half = await client.query("SELECT to_regclass('half') AS t");
      expect(half.rows[0]).toEqual({ t: null });
    } finally {
      client.release();
    }
  });

  it('keeps the ledger append-only and stock levels derived from it', async () => {
    const client = await db.pool.connect();
    try {
      await client.query(`INSERT INTO warehouses (id, code, name, country, latitude, longitude)
        VALUES ('01900000-0000-7000-8000-000000000001', 'W1', 'One', 'US', 40, -74)`);
      await client.query(`INSERT INTO products (id, sku, name, weight_grams, length_mm, width_mm, height_mm)
        VALUES ('01900000-0000-7000-8000-000000000002', 'SKU1', 'Thing', 1, 1, 1, 1)`);
      for (const [id, qty] of [
        ['3', 10],
        ['4', -3],
      ] as const) {
        await client.query(
          `INSERT INTO stock_movements (id, warehouse_id, product_id, quantity, reason, actor)
           VALUES ('01900000-0000-7000-8000-00000000000${id}', '01900000-0000-7000-8000-000000000001',
                   '01900000-0000-7000-8000-000000000002', $1, 'adjustment', 'test')`,
          [qty],
        );
      }
      const level = await client.query('SELECT on_hand, reserved FROM stock_levels');
      expect(level.rows).toEqual([{ on_hand: 7, reserved: 0 }]);
      await expect(client.query('UPDATE stock_movements SET quantity = 100')).rejects.toThrowError(
        /append-only/,
      );
      await expect(client.query('DELETE FROM stock_movements')).rejects.toThrowError(/append-only/);
      await expect(
        client.query(`INSERT INTO stock_movements (id, warehouse_id, product_id, quantity, reason, actor)
          VALUES ('01900000-0000-7000-8000-000000000009', '01900000-0000-7000-8000-000000000001',
                  '01900000-0000-7000-8000-000000000002', -8, 'adjustment', 'test')`),
      ).rejects.toThrowError(/stock_levels_never_negative/);
    } finally {
      client.release();
    }
  });
});
