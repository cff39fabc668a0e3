import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../testing/global-database';
import { readCentralMigrations } from './central-migrate';

// Migration 0006: the floor's tables, and fulfilments that carry what stations print from.

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

const SHIP_TO = { name: 'Ada', line1: '1 Main St', city: 'Springfield', country: 'US' };

async function insertOrder(client: pg.Client, channel: string, number: string): Promise<string> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO orders (id, number, channel_id, external_id, content_hash, customer_email, status,
        currency, subtotal_minor, shipping_minor, tax_minor, discount_minor, total_minor,
        tax_included, payment_status, service_level, ship_to, placed_at)
     VALUES ($1, $2, $3, $2, 'h', 'a@example.com', 'released', 'USD', 0, 0, 0, 0, 0, false,
        'paid', 'express', $4, now())`,
    [id, number, channel, JSON.stringify(SHIP_TO)],
  );
  return id;
}

async function insertFulfilment(
  client: pg.Client,
  ids: { order: string; warehouse: string; product: string },
  number: string,
): Promise<{ fulfilment: string; line: string }> {
  const fulfilment = randomUUID();
  const orderLine = randomUUID();
  const line = randomUUID();
  await client.query(
    `INSERT INTO order_lines (id, order_id, line_no, product_id, sku, quantity, unit_price_minor)
     VALUES ($1, $2, 1, $3, 'SKU-1', 2, 100)`,
    [orderLine, ids.order, ids.product],
  );
  await client.query(
    `INSERT INTO fulfilments (id, number, order_id, warehouse_id, status) VALUES ($1, $2, $3, $4, 'released')`,
    [fulfilment, number, ids.order, ids.warehouse],
  );
  await client.query(
    `INSERT INTO fulfilment_lines (id, fulfilment_id, order_line_id, product_id, quantity)
     VALUES ($1, $2, $3, $4, 2)`,
    [line, fulfilment, orderLine, ids.product],
  );
  return { fulfilment, line };
}

describe('migration 0006 (the floor)', () => {
  it('backfills fulfilments and their lines, fills new ones by trigger, and syncs them', async () => {
    const client = await databaseUpTo(5);
    const [warehouse, product, channel] = [randomUUID(), randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO warehouses (id, code, name, country, latitude, longitude)
       VALUES ($1, 'EAST', 'East', 'US', 40, -74)`,
      [warehouse],
    );
    await client.query(
      `INSERT INTO products (id, sku, name, weight_grams, length_mm, width_mm, height_mm)
       VALUES ($1, 'SKU-1', 'One', 1, 1, 1, 1)`,
      [product],
    );
    await client.query(
      `INSERT INTO channels (id, code, name, kind, platform, order_prefix)
       VALUES ($1, 'web', 'Web', 'web', 'generic', 'WEB')`,
      [channel],
    );
    const oldOrder = await insertOrder(client, channel, 'WEB-000001');
    const old = await insertFulfilment(
      client,
      { order: oldOrder, warehouse, product },
      'WEB-000001-EAST-1',
    );

    await client.query(migration(6));

    const facts = `SELECT order_number, ship_to, service_level FROM fulfilments WHERE id = $1`;
    expect((await client.query(facts, [old.fulfilment])).rows).toEqual([
      { order_number: 'WEB-000001', ship_to: SHIP_TO, service_level: 'express' },
    ]);
    const lineWarehouse = 'SELECT warehouse_id FROM fulfilment_lines WHERE id = $1';
    expect((await client.query(lineWarehouse, [old.line])).rows).toEqual([
      { warehouse_id: warehouse },
    ]);

    const newOrder = await insertOrder(client, channel, 'WEB-000002');
    const fresh = await insertFulfilment(
      client,
      { order: newOrder, warehouse, product },
      'WEB-000002-EAST-1',
    );
    expect((await client.query(facts, [fresh.fulfilment])).rows).toEqual([
      { order_number: 'WEB-000002', ship_to: SHIP_TO, service_level: 'express' },
    ]);
    expect((await client.query(lineWarehouse, [fresh.line])).rows).toEqual([
      { warehouse_id: warehouse },
    ]);
    // An address corrected before shipping reaches the packing slip.
    const moved = { ...SHIP_TO, line1: '2 Elm St' };
    await client.query('UPDATE orders SET ship_to = $2 WHERE id = $1', [
      newOrder,
      JSON.stringify(moved),
    ]);
    expect((await client.query(facts, [fresh.fulfilment])).rows[0]).toMatchObject({
      ship_to: moved,
    });

    // The new rows are on the built-in feed, scoped to their warehouse.
    const { rows: changes } = await client.query<{ relation: string; warehouse_id: string }>(
      `SELECT DISTINCT relation, warehouse_id FROM shape_changes
        WHERE relation IN ('fulfilments', 'fulfilment_lines') ORDER BY relation`,
    );
    expect(changes).toEqual([
      { relation: 'fulfilment_lines', warehouse_id: warehouse },
      { relation: 'fulfilments', warehouse_id: warehouse },
    ]);
    const { rows: triggers } = await client.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgname = 'shape_capture'
          AND c.relname IN ('fulfilments', 'fulfilment_lines', 'waves', 'picks', 'short_picks', 'parcels')
        ORDER BY c.relname`,
    );
    expect(triggers.map((r) => r.table)).toEqual([
      'fulfilment_lines',
      'fulfilments',
      'parcels',
      'picks',
      'short_picks',
      'waves',
    ]);

    // A line cannot claim another warehouse than its fulfilment's.
    const other = randomUUID();
    await client.query(
      `INSERT INTO warehouses (id, code, name, country, latitude, longitude)
       VALUES ($1, 'WEST', 'West', 'US', 37, -122)`,
      [other],
    );
    const orderLine = (
      await client.query<{ id: string }>('SELECT id FROM order_lines WHERE order_id = $1', [
        newOrder,
      ])
    ).rows[0]?.id;
    await expect(
      client.query(
        `INSERT INTO fulfilment_lines (id, fulfilment_id, order_line_id, product_id, quantity, warehouse_id)
         VALUES ($1, $2, $3, $4, 1, $5)`,
        [randomUUID(), fresh.fulfilment, orderLine, product, other],
      ),
    ).rejects.toThrow(/fulfilment_lines_fulfilment_warehouse/);
  });
});
