import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncStatusSchema } from '../shared/contract';
import type { SyncStatus } from '../shared/contract';
import { createTopicBus } from '../electron/station/contract/topic-bus';
import { migrate } from '../electron/station/db/migrate';
import { readMigrationFiles } from '../electron/station/db/migration-files';
import { openDatabase } from '../electron/station/db/open-database';
import type { OpenedDatabase } from '../electron/station/db/open-database';
import { SOURCE_MIGRATIONS_DIR } from '../electron/station/paths';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { createSyncEngine } from '../electron/station/sync';
import type { SyncEngine } from '../electron/station/sync';
import { migrateCentral } from '../server/db/central-migrate';
import { connectCentral } from '../server/db/connect';
import type { CentralDb } from '../server/db/connect';
import { freePort, startEmbeddedDatabase } from '../server/db/embedded-database';
import type { EmbeddedDatabase } from '../server/db/embedded-database';
import { buildApp } from '../server/http/app';
import { compactShapeLog } from '../server/shapes/shape-log-compaction';
import { parseOffset } from '../server/shapes/shape-offset';
import { addProduct, addStock, addToken, addWarehouse } from '../server/testing/fixtures';

interface StoredShapeRow {
  shape: string;
  handle: string | null;
  offset: string | null;
  state: string;
  last_up_to_date_at: string | null;
  last_error: string | null;
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('station sync engine against a real head office', () => {
  const pgTemp = makeTempDir('wharf-sync-pg-');
  const stationTemp = makeTempDir('wharf-sync-station-');
  let embedded: EmbeddedDatabase;
  let central: CentralDb;
  let app: FastifyInstance;
  let headOfficeUrl: string;
  let token: string;
  let north: { id: string; code: string; binId: string };
  let south: { id: string; code: string; binId: string };
  let productId: string;
  let replica: OpenedDatabase | undefined;
  let engine: SyncEngine | undefined;
  const statuses: SyncStatus[] = [];
  const requests: URL[] = [];
  // Statuses go through the contract's topic bus, which validates every payload it publishes.
  const bus = createTopicBus((error) => {
    throw error;
  });
  bus.subscribe('sync.status', (payload) => statuses.push(SyncStatusSchema.parse(payload)));

  const openReplica = (): OpenedDatabase => {
    const opened = openDatabase({ dataDir: stationTemp.dir });
    migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () =>
      new Date().toISOString(),
    );
    return opened;
  };
  const startEngine = (opened: OpenedDatabase, shapes?: SyncStatus['shapes'][number]['shape'][]) =>
    createSyncEngine({
      sqlite: opened.sqlite,
      headOfficeUrl,
      token,
      warehouseCode: 'NORTH',
      ...(shapes ? { shapes } : {}),
      onStatus: (status) => bus.publish('sync.status', status),
      fetchClient: (input, init) => {
        requests.push(new URL(input instanceof Request ? input.url : String(input)));
        return fetch(input, init);
      },
    });
  const all = <T>(query: string, ...params: unknown[]): T[] =>
    (replica?.sqlite.prepare(query).all(...params) ?? []) as T[];
  const stored = (shape: string): StoredShapeRow | undefined =>
    all<StoredShapeRow>('SELECT * FROM sync_shapes WHERE shape = ?', shape)[0];
  const onHand = (): number | undefined =>
    all<{ on_hand: number }>(
      'SELECT on_hand FROM synced_stock_levels WHERE warehouse_id = ? AND product_id = ?',
      north.id,
      productId,
    )[0]?.on_hand;
  const allLive = (): boolean => {
    const latest = statuses.at(-1);
    return latest !== undefined && latest.shapes.every((s) => s.state === 'live');
  };

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir: pgTemp.dir, ephemeral: true });
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    try {
      await migrateCentral(client);
    } finally {
      await client.end();
    }
    central = connectCentral(embedded.url, 10);
    app = await buildApp({
      db: central.db,
      secretKey: randomBytes(32),
      listenUrl: embedded.url,
      logLevel: 'silent',
    });
    headOfficeUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    north = await addWarehouse(central.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
    south = await addWarehouse(central.db, 'SOUTH', { country: 'GB', lat: 50, lon: -1 });
    productId = await addProduct(central.db, 'SKU-1');
    await addStock(central.db, north, productId, 5);
    await addStock(central.db, south, productId, 7);
    await central.db
      .insertInto('product_barcodes')
      .values({ barcode: '50000001', product_id: productId, pack_quantity: 12 })
      .execute();
    token = await addToken(central.db, 'viewer');
  });

  afterAll(async () => {
    engine?.stop();
    await replica?.close();
    await app?.close();
    await central?.close();
    await embedded?.stop();
    stationTemp.remove();
    pgTemp.remove();
  });

  it('makes the initial sync of the station warehouse into the station file', async () => {
    replica = openReplica();
    engine = startEngine(replica);
    engine.start();
    await until(() => statuses.at(-1)?.shapes.length === 6 && allLive(), 'every shape live');

    expect(onHand()).toBe(5);
    expect(all('SELECT * FROM synced_stock_levels')).toEqual([
      { warehouse_id: north.id, product_id: productId, on_hand: 5, reserved: 0 },
    ]);
    expect(all('SELECT id, code FROM synced_warehouses')).toEqual([
      { id: north.id, code: 'NORTH' },
    ]);
    expect(all('SELECT bin_id FROM synced_bin_stock')).toEqual([{ bin_id: north.binId }]);
    const [product] = all<Record<string, unknown>>('SELECT * FROM synced_products');
    expect(product).toMatchObject({ id: productId, sku: 'SKU-1', requires_lot: 0, gtin: null });
    expect(String(product?.created_at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(all('SELECT * FROM synced_product_barcodes')).toEqual([
      { barcode: '50000001', product_id: productId, pack_quantity: 12 },
    ]);
    const stock = stored('stock_levels');
    expect(stock).toMatchObject({ state: 'live', last_error: null });
    expect(stock?.handle).toMatch(/\S/);
    expect(stock?.offset).toMatch(/^\d+_\d+$/);
    expect(stock?.last_up_to_date_at).toMatch(/Z$/);
  });

  it('applies a live stock movement and never lands another warehouse', async () => {
    // The other warehouse moves first, so its change would arrive before ours if it leaked.
    await addStock(central.db, south, productId, 4);
    await addStock(central.db, north, productId, 3);
    await until(() => onHand() === 8, 'live update to 8');
    expect(all('SELECT warehouse_id FROM synced_stock_levels')).toEqual([
      { warehouse_id: north.id },
    ]);
  });

  it('resumes from the stored handle and offset after a restart', async () => {
    engine?.stop();
    await replica?.close();
    replica = undefined;

    await addStock(central.db, north, productId, 2);
    await central.db.deleteFrom('product_barcodes').where('barcode', '=', '50000001').execute();

    replica = openReplica();
    const before = new Map(
      ['stock_levels', 'product_barcodes'].map((shape) => [shape, stored(shape)]),
    );
    requests.length = 0;
    statuses.length = 0;
    engine = startEngine(replica);
    engine.start();
    await until(() => onHand() === 10, 'the change made while stopped');
    await until(
      () => all('SELECT * FROM synced_product_barcodes').length === 0,
      'the barcode deleted while stopped',
    );

    for (const [shape, row] of before) {
      const first = requests.find((url) => url.searchParams.get('table') === shape);
      expect(first?.searchParams.get('handle'), shape).toBe(row?.handle);
      expect(first?.searchParams.get('offset'), shape).toBe(row?.offset);
    }
    // No shape started over: a snapshot would have been asked for with offset -1.
    expect(requests.filter((url) => url.searchParams.get('offset') === '-1')).toEqual([]);
    expect(all('SELECT * FROM synced_products')).toHaveLength(1);
    await until(() => statuses.at(-1)?.shapes.length === 6 && allLive(), 'live again');
  });

  it('on must-refetch clears and refetches only that shape', async () => {
    engine?.stop();
    const stock = stored('stock_levels');
    const products = stored('products');
    const productRows = all('SELECT * FROM synced_products');
    // A row the head office never had: only clearing the shape's table removes it.
    replica?.sqlite
      .prepare('INSERT INTO synced_stock_levels VALUES (?, ?, 1, 0)')
      .run(north.id, 'not-a-product');
    await addStock(central.db, north, productId, 1);

    const parsed = parseOffset(stock?.offset ?? '');
    const storedTxid = parsed?.kind === 'log' ? parsed.at.txid : 0n;
    for (let i = 0; ; i++) {
      const { compactedBelow } = await compactShapeLog(central.db, 0);
      if (compactedBelow > storedTxid) break;
      if (i > 100) throw new Error('compaction never passed the stored offset');
      await new Promise((r) => setTimeout(r, 100));
    }

    statuses.length = 0;
    if (!replica) throw new Error('no replica');
    engine = startEngine(replica, ['stock_levels']);
    engine.start();
    await until(
      () => stored('stock_levels')?.handle !== stock?.handle && allLive() && onHand() === 11,
      'refetched stock levels',
    );
    expect(all('SELECT * FROM synced_stock_levels')).toEqual([
      { warehouse_id: north.id, product_id: productId, on_hand: 11, reserved: 0 },
    ]);
    expect(stored('products')).toEqual(products);
    expect(all('SELECT * FROM synced_products')).toEqual(productRows);
    engine.stop();

    for (const table of ['synced_stock_levels', 'synced_bins', 'synced_warehouses']) {
      const columns = table === 'synced_warehouses' ? 'id' : 'warehouse_id';
      expect(all(`SELECT * FROM ${table} WHERE ${columns} = ?`, south.id), table).toEqual([]);
    }
    expect(all('SELECT * FROM synced_bin_stock WHERE bin_id = ?', south.binId)).toEqual([]);
  });

  it('reports offline when the head office is unreachable and error when it refuses', async () => {
    const offlineDir = makeTempDir('wharf-sync-offline-');
    const opened = openDatabase({ dataDir: offlineDir.dir });
    migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () =>
      new Date().toISOString(),
    );
    const seen: SyncStatus[] = [];
    const unreachable = createSyncEngine({
      sqlite: opened.sqlite,
      headOfficeUrl: `http://127.0.0.1:${await freePort()}`,
      token,
      warehouseCode: 'NORTH',
      shapes: ['products'],
      onStatus: (status) => seen.push(status),
    });
    const refused = createSyncEngine({
      sqlite: opened.sqlite,
      headOfficeUrl,
      token: 'wh_tk_not-a-token',
      warehouseCode: 'NORTH',
      shapes: ['stock_levels'],
      onStatus: (status) => seen.push(status),
    });
    try {
      unreachable.start();
      refused.start();
      await until(
        () => unreachable.status().shapes[0]?.state === 'offline',
        'offline for an unreachable head office',
      );
      await until(() => refused.status().shapes[0]?.state === 'error', 'error for a bad token');
      expect(refused.status().shapes[0]?.lastError).toMatch(/401/);
      const row = opened.sqlite
        .prepare('SELECT state, last_error FROM sync_shapes WHERE shape = ?')
        .get('products');
      expect(row).toMatchObject({ state: 'offline', last_error: 'head office unreachable' });
    } finally {
      unreachable.stop();
      refused.stop();
      await opened.close();
      offlineDir.remove();
    }
  });
});
