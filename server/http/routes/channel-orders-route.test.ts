import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addChannel, addProduct, addStock, addWarehouse, orderFor } from '../../testing/fixtures';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/channels/:channel/orders (generic JSON capture)', () => {
  let t: TestApp;
  let web: { code: string; apiKey: string };

  beforeEach(async () => {
    t = await startTestApp();
    const east = await addWarehouse(t.db.db, 'EAST', { country: 'US', lat: 40.7, lon: -74 });
    const p = await addProduct(t.db.db, 'MUG-1');
    await addStock(t.db.db, east, p, 5);
    web = await addChannel(t.db.db, 'web-store', 'web');
  });
  afterEach(() => t.close());

  const post = (body: unknown, token = web.apiKey) =>
    t.request('POST', `/v1/channels/${web.code}/orders`, { body, token });

  it('captures, validates, reserves and allocates an order in one go', async () => {
    const res = await post(orderFor('A-1', [{ sku: 'MUG-1', quantity: 2 }]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      created: true,
      order: { status: 'allocated', number: expect.stringMatching(/^WEB-\d{6}$/) as unknown },
    });
    const level = await t.db.db
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .executeTakeFirstOrThrow();
    expect(level).toEqual({ on_hand: 5, reserved: 2 });
  });

  it('answers a retry with the first order and refuses the same id with other content', async () => {
    const order = orderFor('A-2', [{ sku: 'MUG-1', quantity: 1 }]);
    const first = await post(order);
    const again = await post(order);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...(first.body as object), created: false });
    const changed = await post({
      ...order,
      lines: [{ sku: 'MUG-1', quantity: 2, unitPriceMinor: 1000 }],
      totalMinor: 2000,
    });
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await t.db.db.selectFrom('orders').select('id').execute()).toHaveLength(1);
  });

  it('refuses bad keys, malformed and oversized bodies, storing nothing', async () => {
    expect((await post(orderFor('B-1', [{ sku: 'MUG-1', quantity: 1 }]), 'wrong')).status).toBe(
      401,
    );
    expect(
      (await t.request('POST', `/v1/channels/nope/orders`, { body: {}, token: web.apiKey })).status,
    ).toBe(404);
    const malformed = await post({
      ...orderFor('B-2', [{ sku: 'MUG-1', quantity: 1 }]),
      lines: [{ sku: '', quantity: 1.5, unitPriceMinor: -1 }],
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      error: {
        code: 'BAD_REQUEST',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'lines.0.sku' }),
          expect.objectContaining({ path: 'lines.0.quantity' }),
          expect.objectContaining({ path: 'lines.0.unitPriceMinor' }),
        ]) as unknown,
      },
    });
    const badTotal = await post({
      ...orderFor('B-3', [{ sku: 'MUG-1', quantity: 1 }]),
      totalMinor: 1,
    });
    expect(badTotal.body).toMatchObject({ error: { issues: [{ path: 'totalMinor' }] } });
    const notJson = await t.request('POST', `/v1/channels/${web.code}/orders`, {
      raw: '{"externalId": ',
      token: web.apiKey,
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    const huge = await post({
      ...orderFor('B-4', [{ sku: 'MUG-1', quantity: 1 }]),
      notes: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(await t.db.db.selectFrom('orders').select('id').execute()).toHaveLength(0);
  });

  it('stores injection strings verbatim and harmlessly', async () => {
    const nasty = "Robert'); DROP TABLE orders;-- <script>alert(1)</script> =cmd|' /C calc'!A0";
    const res = await post(
      orderFor('C-1', [{ sku: 'MUG-1', quantity: 1 }], {
        customer: { email: 'bobby@example.com', name: nasty },
        shipTo: {
          name: nasty,
          line1: '1 Main St',
          city: 'Springfield',
          postcode: '62701',
          country: 'US',
        },
        notes: nasty,
      }),
    );
    expect(res.status).toBe(201);
    const row = await t.db.db
      .selectFrom('orders')
      .select(['notes', 'ship_to'])
      .executeTakeFirstOrThrow();
    expect(row.notes).toBe(nasty);
    expect(row.ship_to).toMatchObject({ name: nasty });
    expect(await t.db.db.selectFrom('customers').select('name').executeTakeFirstOrThrow()).toEqual({
      name: nasty,
    });
  });

  it('backorders what is not in stock', async () => {
    const res = await post(orderFor('D-1', [{ sku: 'MUG-1', quantity: 7 }]));
    expect(res.body).toMatchObject({ order: { status: 'backordered' } });
    const line = await t.db.db
      .selectFrom('order_lines')
      .select('backordered_qty')
      .executeTakeFirstOrThrow();
    expect(line.backordered_qty).toBe(2);
  });
});
