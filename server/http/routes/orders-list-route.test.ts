import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderListAnswerSchema } from '../../../shared/api/order-list';
import type { OrderListAnswer } from '../../../shared/api/order-list';
import { addChannel } from '../../testing/fixtures';
import { insertOrder } from '../../testing/order-states';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('GET /v1/orders', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 50 });
  });
  afterEach(() => t.close());

  const list = async (query: string, token = shop.viewer) => {
    const res = await t.request('GET', `/v1/orders${query}`, { token });
    return { status: res.status, body: res.body };
  };
  const page = async (query: string): Promise<OrderListAnswer> => {
    const res = await list(query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return OrderListAnswerSchema.parse(res.body);
  };
  const mugs = (n: number) => [
    { sku: 'MUG-1', productId: shop.products['MUG-1'] ?? null, quantity: n },
  ];

  it('pages through every order exactly once, newest first, ties broken by id', async () => {
    const ids: string[] = [];
    // Seven orders share one created_at to the microsecond: the cursor must not skip or repeat them.
    for (let i = 0; i < 7; i++) {
      ids.push(
        await insertOrder(t.db.db, {
          channelId: shop.web.id,
          number: `WEB-2000${i}`,
          status: 'allocated',
          lines: mugs(1),
          createdAt: '2024-03-01T09:00:00.123456Z',
        }),
      );
    }
    for (let i = 0; i < 9; i++) {
      ids.push(
        await insertOrder(t.db.db, {
          channelId: shop.web.id,
          number: `WEB-3000${i}`,
          status: 'confirmed',
          lines: mugs(1),
          createdAt: `2024-03-0${1 + (i % 3)}T10:00:00.00000${i}Z`,
        }),
      );
    }
    for (let i = 0; i < 4; i++) {
      ids.push((await captureOrderVia(t, shop.web, `P-${i}`, [{ sku: 'MUG-1', quantity: 1 }])).id);
    }

    const seen: OrderListAnswer['orders'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer: OrderListAnswer = await page(
        `?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(answer.orders.length).toBeLessThanOrEqual(3);
      seen.push(...answer.orders);
      cursor = answer.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 50);

    expect(pages).toBe(7);
    expect(seen.map((o) => o.id).sort()).toEqual([...ids].sort());
    const keys = seen.map((o) => `${o.createdAt}|${o.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(seen[0]).toMatchObject({
      channel: 'web-store',
      total: { amountMinor: 1000, currency: 'USD' },
      customer: { name: 'Ada Buyer' },
    });
  });

  it('filters by status, channel, warehouse and text', async () => {
    const pos = await addChannel(t.db.db, 'shop-floor', 'pos');
    const a = await captureOrderVia(t, shop.web, 'EXT-ALPHA', [{ sku: 'MUG-1', quantity: 1 }], {
      customer: { email: 'Grace.Hopper@Example.com', name: 'Grace Hopper' },
    });
    const b = await captureOrderVia(t, pos, 'EXT-BETA', [{ sku: 'MUG-1', quantity: 1 }]);
    const held = await insertOrder(t.db.db, {
      channelId: shop.web.id,
      number: 'WEB-900001',
      status: 'on_hold',
      lines: mugs(1),
      name: '100% Cotton_Co',
    });

    const ids = async (query: string) => (await page(query)).orders.map((o) => o.id);
    expect(await ids('?status=on_hold')).toEqual([held]);
    expect(await ids('?channel=shop-floor')).toEqual([b.id]);
    expect((await ids('?warehouse=EAST')).sort()).toEqual([a.id, b.id].sort());
    expect(await ids('?warehouse=WEST')).toEqual([]);
    expect(await ids('?q=grace.hopper%40example')).toEqual([a.id]);
    expect(await ids('?q=hopper')).toEqual([a.id]);
    expect(await ids('?q=ext-beta')).toEqual([b.id]);
    expect(await ids(`?q=${encodeURIComponent(a.number.toLowerCase())}`)).toEqual([a.id]);
    expect(await ids('?q=cotton&status=on_hold&channel=web-store')).toEqual([held]);
  });

  it('takes %, _, quotes and SQL in q literally', async () => {
    const cotton = await insertOrder(t.db.db, {
      channelId: shop.web.id,
      number: 'WEB-900002',
      status: 'allocated',
      lines: mugs(1),
      name: '100% Cotton',
    });
    await captureOrderVia(t, shop.web, 'Q-1', [{ sku: 'MUG-1', quantity: 1 }]);
    const ids = async (q: string) =>
      (await page(`?q=${encodeURIComponent(q)}`)).orders.map((o) => o.id);
    expect(await ids('%')).toEqual([cotton]);
    expect(await ids('_')).toEqual([]);
    expect(await ids("'")).toEqual([]);
    expect(await ids('\\')).toEqual([]);
    expect(await ids('"; DROP TABLE orders;--')).toEqual([]);
    expect(await ids("' OR 1=1 --")).toEqual([]);
    const count = await t.db.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
  });

  it('refuses tampered or foreign cursors and bad query values', async () => {
    for (let i = 0; i < 3; i++) {
      await captureOrderVia(t, shop.web, `T-${i}`, [{ sku: 'MUG-1', quantity: 1 }]);
    }
    const first = await page('?limit=1');
    const cursor = first.nextCursor ?? '';
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const flipped = cursor.slice(0, -2) + (cursor.endsWith('A') ? 'B' : 'A') + cursor.slice(-1);
    const payload = Buffer.from(cursor, 'base64url').subarray(16).toString();
    const forged = Buffer.concat([
      Buffer.alloc(16),
      Buffer.from(payload.replace(/"t":"[^"]+"/, '"t":"2999-01-01T00:00:00.000000Z"')),
    ]).toString('base64url');
    for (const bad of [flipped, forged, 'not a cursor', 'AAAA']) {
      const res = await list(`?limit=1&cursor=${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
      expect(res.body).toMatchObject({
        error: { code: 'BAD_REQUEST', issues: [{ path: 'cursor' }] },
      });
    }
    const otherSearch = await list(`?limit=1&status=allocated&cursor=${cursor}`);
    expect(otherSearch.status).toBe(400);

    for (const [query, path] of [
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?limit=ten', 'limit'],
      ['?status=lost', 'status'],
    ]) {
      const res = await list(query ?? '');
      expect(res.status, query).toBe(400);
      expect(res.body).toMatchObject({ error: { issues: [{ path }] } });
    }
    expect((await page('?limit=200')).orders).toHaveLength(3);
    expect((await t.request('GET', '/v1/orders')).status).toBe(401);
    expect((await list('', shop.manager)).status).toBe(200);
  });
});
