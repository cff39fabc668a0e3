import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolmentCodeAnswerSchema } from '../shared/api/station-enrolment';
import {
  InventoryListSchema,
  SessionSchema,
  SignInPersonSchema,
  StationStatusSchema,
  SyncOverviewSchema,
  SyncStatusSchema,
} from '../shared/contract';
import type { EnrolmentState, SyncOverview, SyncStatus } from '../shared/contract';
import { createTopicBus } from '../electron/station/contract/topic-bus';
import type { Station } from '../electron/station/station';
import { makeTempDir, openTempStation } from '../electron/station/testing/temp-station';
import { createSyncEngine } from '../electron/station/sync';
import type { SyncEngine } from '../electron/station/sync';
import type { CentralDb } from '../server/db/connect';
import { freePort } from '../server/db/embedded-database';
import { startMigratedCentral } from './support/central-database';
import { createAsManager } from './support/create-as-manager';
import { createReplicaProbe, until } from './support/replica-probe';
import { allShapesLive } from './support/sync-status';
import type { EmbeddedDatabase } from '../server/db/embedded-database';
import { buildApp } from '../server/http/app';
import { compactShapeLog } from '../server/shapes/shape-log-compaction';
import { parseOffset } from '../server/shapes/shape-offset';
import { addProduct, addStock, addToken, addWarehouse } from '../server/testing/fixtures';

describe('station enrolled with and syncing from a real head office', () => {
  const pgTemp = makeTempDir('wharf-sync-pg-');
  const stationTemp = makeTempDir('wharf-sync-station-');
  let embedded: EmbeddedDatabase;
  let central: CentralDb;
  let app: FastifyInstance;
  let appRunning = false;
  let headOfficeUrl: string;
  let managerToken: string;
  let north: { id: string; code: string; binId: string };
  let south: { id: string; code: string; binId: string };
  let productId: string;
  let personId: string;
  let station: Station | undefined;
  let engine: SyncEngine | undefined;
  const statuses: SyncStatus[] = [];
  const requests: URL[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    requests.push(new URL(input instanceof Request ? input.url : String(input)));
    return fetch(input, init);
  };

  const openStationHere = async (): Promise<Station> => {
    const opened = await openTempStation(stationTemp.dir, {
      sync: { fetchClient: recordingFetch, retryBaseMs: 100, retryCapMs: 500 },
    });
    // Statuses arrive through the contract's topic bus, which validates every payload.
    opened.subscribe('sync.status', (payload) => statuses.push(SyncStatusSchema.parse(payload)));
    station = opened;
    return opened;
  };
  const closeStation = async (): Promise<void> => {
    await station?.close();
    station = undefined;
  };
  const call = async (method: string, input: unknown = {}): Promise<unknown> => {
    if (!station) throw new Error('the station is not open');
    const result = await station.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value;
  };
  const overview = async (): Promise<SyncOverview> =>
    SyncOverviewSchema.parse(await call('sync.overview'));
  const floorOnHand = async (): Promise<number | undefined> => {
    const list = InventoryListSchema.parse(await call('inventory.list', {}));
    return list.rows.find((row) => row.product.id === productId && row.binId === north.binId)
      ?.onHand;
  };
  const allLive = (): boolean => allShapesLive(statuses);

  const probe = createReplicaProbe(stationTemp.dir);
  const closeReplica = async (): Promise<void> => {
    engine?.stop();
    engine = undefined;
    await probe.close();
  };
  const { all, stored, stationToken } = probe;
  const replicaOnHand = (): number | undefined => probe.onHand(north.id, productId);
  const asManager = (path: string, body: unknown) =>
    createAsManager(headOfficeUrl, managerToken, path, body);

  beforeAll(async () => {
    ({ embedded, central } = await startMigratedCentral(pgTemp.dir, 10));
    app = await buildApp({
      db: central.db,
      secretKey: randomBytes(32),
      listenUrl: embedded.url,
      logLevel: 'silent',
    });
    headOfficeUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    appRunning = true;
    north = await addWarehouse(central.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
    south = await addWarehouse(central.db, 'SOUTH', { country: 'GB', lat: 50, lon: -1 });
    productId = await addProduct(central.db, 'SKU-1');
    await addStock(central.db, north, productId, 5);
    await addStock(central.db, south, productId, 7);
    await central.db
      .insertInto('product_barcodes')
      .values({ barcode: '50000001', product_id: productId, pack_quantity: 12 })
      .execute();
    managerToken = await addToken(central.db, 'manager');
    const person = (await asManager('/v1/people', {
      name: 'Ada Picker',
      role: 'picker',
      badge: 'badge-0001',
      pin: '4321',
    })) as { id: string };
    personId = person.id;
  });

  afterAll(async () => {
    engine?.stop();
    await probe.close();
    await station?.close();
    if (appRunning) await app?.close();
    await central?.close();
    await embedded?.stop();
    stationTemp.remove();
    pgTemp.remove();
  });

  it('enrols with a manager’s code and makes the initial sync of its warehouse', async () => {
    await openStationHere();
    expect(await call('enrolment.get')).toEqual({ enrolled: false });
    const code = EnrolmentCodeAnswerSchema.parse(
      await asManager('/v1/stations/enrolment-codes', { warehouse: 'NORTH' }),
    );
    const enrolment = (await call('enrolment.enrol', {
      headOfficeUrl,
      code: code.code,
    })) as EnrolmentState;
    expect(enrolment).toMatchObject({
      enrolled: true,
      headOfficeUrl,
      warehouseId: north.id,
      warehouseCode: 'NORTH',
    });

    await until(allLive, 'every shape live');
    await until(async () => (await floorOnHand()) === 5, 'stock on the floor');
    const state = await overview();
    expect(state.connection).toMatchObject({ state: 'online' });
    expect(state.shapes.map((s) => s.shape).sort()).toEqual([
      'bin_stock',
      'bins',
      'carriers',
      'consignment_ranges',
      'fulfilment_lines',
      'fulfilments',
      'manifests',
      'parcels',
      'people',
      'picks',
      'product_barcodes',
      'products',
      'scan_refusals',
      'shipments',
      'short_picks',
      'sscc_ranges',
      'station_mutations',
      'stock_levels',
      'warehouses',
      'waves',
    ]);
    // No shape request names a warehouse: the station token decides it.
    expect(requests.filter((url) => url.pathname === '/v1/shape')).not.toEqual([]);
    expect(requests.filter((url) => url.searchParams.has('warehouse'))).toEqual([]);
  });

  it('receives the people who may sign in, and signs one in by badge', async () => {
    await until(async () => ((await call('session.people')) as unknown[]).length === 1, 'people');
    expect(SignInPersonSchema.array().parse(await call('session.people'))).toEqual([
      { id: personId, name: 'Ada Picker', role: 'picker' },
    ]);
    const session = SessionSchema.parse(
      await call('session.signIn', { method: 'badge', badge: 'BADGE-0001' }),
    );
    expect(session).toMatchObject({ personId, name: 'Ada Picker', method: 'badge' });
    const pin = SessionSchema.parse(
      await call('session.signIn', { method: 'pin', personId, pin: '4321' }),
    );
    expect(pin).toMatchObject({ personId, method: 'pin' });
    await call('session.signOut');
  });

  it('applies a live stock movement and never lands another warehouse', async () => {
    // The other warehouse moves first, so its change would arrive before ours if it leaked.
    await addStock(central.db, south, productId, 4);
    await addStock(central.db, north, productId, 3);
    await until(async () => (await floorOnHand()) === 8, 'live update to 8');
    await until(allLive, 'every shape live');
    await closeStation();

    probe.open();
    expect(replicaOnHand()).toBe(8);
    expect(all('SELECT * FROM synced_stock_levels')).toEqual([
      { warehouse_id: north.id, product_id: productId, on_hand: 8, reserved: 0 },
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
    const [person] = all<Record<string, unknown>>('SELECT * FROM synced_people');
    expect(person).toMatchObject({ id: personId, name: 'Ada Picker', role: 'picker', active: 1 });
    expect(String(person?.badge_hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(String(person?.pin_hash)).toMatch(/^scrypt\$/);
    const stock = stored('stock_levels');
    expect(stock).toMatchObject({ state: 'live', last_error: null });
    expect(stock?.handle).toMatch(/\S/);
    expect(stock?.offset).toMatch(/^\d+_\d+$/);
    expect(stock?.last_up_to_date_at).toMatch(/Z$/);
    await closeReplica();
  });

  it('resumes from the stored handle and offset after a restart', async () => {
    await addStock(central.db, north, productId, 2);
    await central.db.deleteFrom('product_barcodes').where('barcode', '=', '50000001').execute();

    probe.open();
    const before = new Map(
      ['stock_levels', 'product_barcodes'].map((shape) => [shape, stored(shape)]),
    );
    await closeReplica();
    requests.length = 0;
    statuses.length = 0;
    await openStationHere();
    await until(async () => (await floorOnHand()) === 10, 'the change made while stopped');
    await until(allLive, 'live again');

    for (const [shape, row] of before) {
      const first = requests.find((url) => url.searchParams.get('table') === shape);
      expect(first?.searchParams.get('handle'), shape).toBe(row?.handle);
      expect(first?.searchParams.get('offset'), shape).toBe(row?.offset);
    }
    // No shape started over: a snapshot would have been asked for with offset -1.
    expect(requests.filter((url) => url.searchParams.get('offset') === '-1')).toEqual([]);
    await closeStation();
    probe.open();
    expect(all('SELECT * FROM synced_product_barcodes')).toEqual([]);
    expect(all('SELECT * FROM synced_products')).toHaveLength(1);
    await closeReplica();
  });

  it('on must-refetch clears and refetches only that shape', async () => {
    probe.open();
    const token = stationToken();
    const stock = stored('stock_levels');
    const products = stored('products');
    const productRows = all('SELECT * FROM synced_products');
    // A row the head office never had: only clearing the shape's table removes it.
    probe
      .opened()
      ?.sqlite.prepare('INSERT INTO synced_stock_levels VALUES (?, ?, 1, 0)')
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

    const seen: SyncStatus[] = [];
    const bus = createTopicBus((error) => {
      throw error;
    });
    bus.subscribe('sync.status', (payload) => seen.push(SyncStatusSchema.parse(payload)));
    const replica = probe.opened();
    if (!replica) throw new Error('no replica');
    engine = createSyncEngine({
      sqlite: replica.sqlite,
      headOfficeUrl,
      token,
      shapes: ['stock_levels'],
      onStatus: (status) => bus.publish('sync.status', status),
    });
    engine.start();
    await until(
      () =>
        stored('stock_levels')?.handle !== stock?.handle &&
        seen.at(-1)?.shapes[0]?.state === 'live' &&
        replicaOnHand() === 11,
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
    await closeReplica();
  });

  it('reports offline when the head office is unreachable and error when it refuses', async () => {
    const offlineDir = makeTempDir('wharf-sync-offline-');
    const offlineProbe = createReplicaProbe(offlineDir.dir);
    const opened = offlineProbe.open();
    const seen: SyncStatus[] = [];
    const unreachable = createSyncEngine({
      sqlite: opened.sqlite,
      headOfficeUrl: `http://127.0.0.1:${await freePort()}`,
      token: 'wh_st_any',
      shapes: ['products'],
      onStatus: (status) => seen.push(status),
    });
    const refused = createSyncEngine({
      sqlite: opened.sqlite,
      headOfficeUrl,
      token: 'wh_tk_not-a-token',
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
      expect(row).toMatchObject({
        state: 'offline',
        last_error: 'Cannot reach the head office: connection refused',
      });
    } finally {
      unreachable.stop();
      refused.stop();
      await offlineProbe.close();
      offlineDir.remove();
    }
  });

  it('signs in by badge with the head office stopped, and says it is offline', async () => {
    await openStationHere();
    await until(allLive, 'live after reopening');
    await app.close();
    appRunning = false;

    const session = SessionSchema.parse(
      await call('session.signIn', { method: 'badge', badge: ' badge-0001 ' }),
    );
    expect(session).toMatchObject({ personId, name: 'Ada Picker', method: 'badge' });
    const refused = `Cannot reach the head office at ${headOfficeUrl}: connection refused`;
    // In-flight requests may first see the head office shutting down; then nothing answers.
    await until(
      async () => {
        const connection = (await overview()).connection;
        return connection.state === 'offline' && connection.reason === refused;
      },
      'the station to notice the head office is gone',
      30_000,
    );
    const state = await overview();
    expect(state.connection).toMatchObject({
      state: 'offline',
      reason: `Cannot reach the head office at ${headOfficeUrl}: connection refused`,
    });
    expect(state.problems[0]).toMatchObject({
      where: 'download',
      message: `Cannot reach the head office at ${headOfficeUrl}: connection refused`,
    });
    const status = StationStatusSchema.parse(await call('station.status'));
    expect(status.signedInPerson).toEqual({ id: personId, name: 'Ada Picker' });
    expect(status.connection.state).toBe('offline');
  });
});
