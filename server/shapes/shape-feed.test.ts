import { isChangeMessage, isControlMessage, ShapeStream } from '@electric-sql/client';
import type { Message, Offset, Row } from '@electric-sql/client';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../http/app';
import { addProduct, addStation, addStock, addToken, addWarehouse } from '../testing/fixtures';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { useShapeListenUrl } from './change-waker';
import { compactShapeLog } from './shape-log-compaction';
import { parseOffset } from './shape-offset';

interface HeadOffice {
  url: string;
  app: FastifyInstance;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase(10);
  useShapeListenUrl(db.db, db.url);
  cleanups.push(() => db.drop());
  return db;
}

/** A head office on `db`; closing it leaves the database for the next one. */
async function headOffice(db: TestDatabase): Promise<HeadOffice> {
  const app = await buildApp({ db: db.db, secretKey: randomBytes(32), logLevel: 'silent' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  cleanups.push(close);
  return { url, app };
}

interface Follower {
  stream: ShapeStream;
  messages: Message<Row>[];
  errors: unknown[];
  until(check: (messages: Message<Row>[]) => boolean, what: string): Promise<void>;
  stop(): void;
}

function follow(
  office: HeadOffice,
  token: string,
  params: { table: string; replica?: 'full' },
  resume: { handle?: string; offset?: Offset } = {},
): Follower {
  const controller = new AbortController();
  const messages: Message<Row>[] = [];
  const errors: unknown[] = [];
  const stream = new ShapeStream({
    url: `${office.url}/v1/shape`,
    params,
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
    ...resume,
    onError: (error) => {
      errors.push(error);
    },
  });
  let notify = (): void => undefined;
  stream.subscribe((batch) => {
    messages.push(...batch);
    notify();
  });
  cleanups.push(() => {
    controller.abort();
    return Promise.resolve();
  });
  return {
    stream,
    messages,
    errors,
    stop: () => controller.abort(),
    until: (check, what) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${what}; errors: ${String(errors)}`)),
          15_000,
        );
        notify = () => {
          if (check(messages)) {
            clearTimeout(timer);
            resolve();
          }
        };
        notify();
      }),
  };
}

const skuOf = (value: Row): string => (typeof value.sku === 'string' ? value.sku : '');
const changes = (messages: Message<Row>[]) => messages.filter(isChangeMessage);
const upToDateCount = (messages: Message<Row>[]) =>
  messages.filter((m) => isControlMessage(m) && m.headers.control === 'up-to-date').length;

async function twoWarehouses(db: TestDatabase) {
  const north = await addWarehouse(db.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
  const south = await addWarehouse(db.db, 'SOUTH', { country: 'GB', lat: 50, lon: -1 });
  const productId = await addProduct(db.db, 'SKU-1');
  await addStock(db.db, north, productId, 5);
  await addStock(db.db, south, productId, 7);
  // The station's token alone decides its warehouse.
  const { token } = await addStation(db.db, { warehouseId: north.id, name: 'North packing' });
  return { north, south, productId, token };
}

describe('GET /v1/shape with the real @electric-sql/client ShapeStream', () => {
  it('sends the initial snapshot of the station warehouse with Electric headers', async () => {
    const db = await database();
    const { north, productId, token } = await twoWarehouses(db);
    const office = await headOffice(db);

    const follower = follow(office, token, { table: 'stock_levels' });
    await follower.until((m) => upToDateCount(m) > 0, 'up-to-date');
    const rows = changes(follower.messages);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.headers.operation).toBe('insert');
    expect(rows[0]?.key).toBe(`"public"."stock_levels"/"${north.id}"/"${productId}"`);
    // int4 values travel as text and are parsed by the client from electric-schema.
    expect(rows[0]?.value).toMatchObject({ warehouse_id: north.id, on_hand: 5, reserved: 0 });
    expect(follower.stream.shapeHandle).toMatch(/^[0-9a-f]{16}-\d+$/);

    const raw = await fetch(`${office.url}/v1/shape?table=stock_levels&offset=-1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('electric-offset')).toMatch(/^\d+_0$/);
    expect(raw.headers.has('electric-up-to-date')).toBe(true);
    expect(raw.headers.get('electric-cursor')).toMatch(/^\d+$/);
    expect(JSON.parse(raw.headers.get('electric-schema') ?? '{}')).toMatchObject({
      warehouse_id: { type: 'uuid', pk_index: 0, not_null: true },
      product_id: { type: 'uuid', pk_index: 1 },
      on_hand: { type: 'int4' },
    });
    const body: unknown = await raw.json();
    expect(body).toContainEqual({ headers: { control: 'up-to-date' } });
  });

  it('delivers live inserts, updates and deletes, and only the station warehouse rows', async () => {
    const db = await database();
    const { north, south, productId, token } = await twoWarehouses(db);
    const office = await headOffice(db);
    const stock = follow(office, token, { table: 'stock_levels' });
    const barcodes = follow(office, token, { table: 'product_barcodes' });
    await stock.until((m) => upToDateCount(m) > 0, 'stock snapshot');
    await barcodes.until((m) => upToDateCount(m) > 0, 'barcode snapshot');

    // The other warehouse moves first, so its change would arrive before ours if it leaked.
    await addStock(db.db, south, productId, 4);
    await addStock(db.db, north, productId, 3);
    await stock.until((m) => changes(m).some((c) => c.headers.operation === 'update'), 'update');
    const update = changes(stock.messages).find((c) => c.headers.operation === 'update');
    expect(update?.value).toMatchObject({ on_hand: 8 });
    expect(update?.headers.txids).toHaveLength(1);

    const newProduct = await addProduct(db.db, 'SKU-2');
    await addStock(db.db, north, newProduct, 2);
    await stock.until((m) => changes(m).some((c) => c.value.product_id === newProduct), 'insert');

    await db.db
      .insertInto('product_barcodes')
      .values({ barcode: '12345678', product_id: productId, pack_quantity: 1 })
      .execute();
    await barcodes.until((m) => changes(m).length === 1, 'barcode insert');
    await db.db.deleteFrom('product_barcodes').where('barcode', '=', '12345678').execute();
    await barcodes.until(
      (m) => changes(m).some((c) => c.headers.operation === 'delete'),
      'barcode delete',
    );
    expect(changes(barcodes.messages).map((c) => c.headers.operation)).toEqual([
      'insert',
      'delete',
    ]);

    await addStock(db.db, south, productId, 1);
    await addStock(db.db, north, productId, 1);
    await stock.until((m) => changes(m).some((c) => c.value.on_hand === 9), 'second update');
    expect(changes(stock.messages).every((c) => c.value.warehouse_id !== south.id)).toBe(true);
    expect(
      changes(stock.messages).every((c) => !c.key.includes(south.id)),
      'no key of the other warehouse',
    ).toBe(true);
  });

  it('scopes bin_stock by its bin warehouse and sends old values with replica=full', async () => {
    const db = await database();
    const { north, south, productId, token } = await twoWarehouses(db);
    const office = await headOffice(db);
    const bins = follow(office, token, {
      table: 'bin_stock',
      replica: 'full',
    });
    await bins.until((m) => upToDateCount(m) > 0, 'snapshot');
    expect(changes(bins.messages).map((c) => c.value.bin_id)).toEqual([north.binId]);

    await addStock(db.db, south, productId, 2);
    await addStock(db.db, north, productId, 2);
    await bins.until((m) => changes(m).some((c) => c.headers.operation === 'update'), 'update');
    const update = changes(bins.messages).find((c) => c.headers.operation === 'update');
    expect(update?.value).toMatchObject({ bin_id: north.binId, product_id: productId, on_hand: 7 });
    expect(update?.old_value).toEqual({ on_hand: 5 });
    expect(changes(bins.messages).every((c) => c.value.bin_id !== south.binId)).toBe(true);
  });

  it('resumes from a stored handle and offset after the head office restarts', async () => {
    const db = await database();
    const { north, productId, token } = await twoWarehouses(db);
    const first = await headOffice(db);
    const before = follow(first, token, { table: 'stock_levels' });
    await before.until((m) => upToDateCount(m) > 0, 'snapshot');
    const handle = before.stream.shapeHandle;
    const offset = before.stream.lastOffset;
    expect(handle).toBeDefined();
    before.stop();
    await first.app.close();

    await addStock(db.db, north, productId, 10);
    const second = await headOffice(db);
    const after = follow(second, token, { table: 'stock_levels' }, { handle, offset });
    await after.until((m) => changes(m).length > 0 && upToDateCount(m) > 0, 'resumed change');
    expect(changes(after.messages).map((c) => [c.headers.operation, c.value.on_hand])).toEqual([
      ['update', 15],
    ]);
    expect(after.stream.shapeHandle).toBe(handle);
  });

  it('answers 409 must-refetch after compaction, and the client refetches', async () => {
    const db = await database();
    const { north, productId, token } = await twoWarehouses(db);
    const office = await headOffice(db);
    const before = follow(office, token, { table: 'stock_levels' });
    await before.until((m) => upToDateCount(m) > 0, 'snapshot');
    const handle = before.stream.shapeHandle ?? '';
    const offset = before.stream.lastOffset;
    before.stop();
    await addStock(db.db, north, productId, 1);

    // Other tests' open transactions can hold the horizon back for a moment.
    const storedTxid = (() => {
      const parsed = parseOffset(offset);
      return parsed?.kind === 'log' ? parsed.at.txid : 0n;
    })();
    for (let i = 0; ; i++) {
      const { compactedBelow } = await compactShapeLog(db.db, 0);
      if (compactedBelow > storedTxid) break;
      if (i > 100) throw new Error('compaction never passed the stored offset');
      await new Promise((r) => setTimeout(r, 100));
    }

    const raw = await fetch(
      `${office.url}/v1/shape?table=stock_levels&offset=${offset}&handle=${handle}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(raw.status).toBe(409);
    expect(await raw.json()).toEqual([{ headers: { control: 'must-refetch' } }]);
    expect(raw.headers.get('electric-handle')).not.toBe(handle);

    const after = follow(office, token, { table: 'stock_levels' }, { handle, offset });
    await after.until((m) => upToDateCount(m) > 0, 'refetched snapshot');
    const controls = after.messages.filter(isControlMessage).map((m) => m.headers.control);
    expect(controls[0]).toBe('must-refetch');
    expect(changes(after.messages).map((c) => c.value.on_hand)).toEqual([6]);
    expect(after.stream.shapeHandle).not.toBe(handle);
  });

  it('refuses tables outside the scope, client-chosen filters and unknown callers', async () => {
    const db = await database();
    const { token } = await twoWarehouses(db);
    const office = await headOffice(db);
    const get = (query: string, auth = true) =>
      fetch(`${office.url}/v1/shape?${query}`, {
        headers: auth ? { authorization: `Bearer ${token}` } : {},
      });

    const orders = await get('table=orders&offset=-1');
    expect(orders.status).toBe(403);
    expect(await orders.json()).toMatchObject({ error: { code: 'PERMISSION_DENIED' } });
    expect((await get('table=stock_levels&offset=-1&where=true')).status).toBe(400);
    expect((await get('table=stock_levels&offset=-1&columns=id')).status).toBe(400);
    // A warehouse named in the query changes nothing: the token decides.
    const named = await get('table=warehouses&warehouse=SOUTH&offset=-1');
    expect(JSON.stringify(await named.json())).toContain('NORTH');
    expect((await get('table=stock_levels&offset=-1', false)).status).toBe(401);
    const apiToken = await addToken(db.db, 'admin');
    const byApiToken = await fetch(`${office.url}/v1/shape?table=stock_levels&offset=-1`, {
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(byApiToken.status).toBe(401);
    expect(await byApiToken.json()).toMatchObject({
      error: {
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('not enrolled') as unknown,
      },
    });

    const refused = follow(office, token, { table: 'orders' });
    await new Promise((r) => setTimeout(r, 300));
    expect(changes(refused.messages)).toHaveLength(0);
    expect(refused.errors.length).toBeGreaterThan(0);
  });

  it('never skips a change when transactions commit out of txid order', async () => {
    const db = await database();
    const { token } = await twoWarehouses(db);
    const office = await headOffice(db);
    const products = follow(office, token, { table: 'products' });
    await products.until((m) => upToDateCount(m) > 0, 'snapshot');

    const writers = await Promise.all([0, 1, 2, 3].map(() => db.pool.connect()));
    try {
      // Each writer takes its txid in order 0..3 by writing, then they commit 3, 1, 2, 0.
      for (const [i, writer] of writers.entries()) {
        await writer.query('BEGIN');
        await writer.query(
          `INSERT INTO products (id, sku, name, weight_grams, length_mm, width_mm, height_mm)
           VALUES (gen_random_uuid(), $1, $1, 1, 1, 1, 1)`,
          [`RACE-${i}`],
        );
      }
      await writers[3]?.query('COMMIT');
      // Writer 0 is still open with a lower txid: writer 3's row must not be served yet, or an
      // offset past it would let writer 0's row be skipped when it commits.
      const held = await fetch(
        `${office.url}/v1/shape?table=products&offset=${products.stream.lastOffset}` +
          `&handle=${products.stream.shapeHandle ?? ''}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(held.status).toBe(200);
      expect(JSON.stringify(await held.json())).not.toContain('RACE-3');
      for (const i of [1, 2, 0]) {
        await writers[i]?.query('COMMIT');
        await new Promise((r) => setTimeout(r, 150));
      }
    } finally {
      for (const writer of writers) writer.release();
    }
    await products.until(
      (m) => changes(m).filter((c) => skuOf(c.value).startsWith('RACE-')).length >= 4,
      'all four racing inserts',
    );
    await new Promise((r) => setTimeout(r, 300));
    const raced = changes(products.messages)
      .map((c) => skuOf(c.value))
      .filter((sku) => sku.startsWith('RACE-'))
      .sort();
    expect(raced).toEqual(['RACE-0', 'RACE-1', 'RACE-2', 'RACE-3']);
  });
});
