import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FulfilmentReleaseAnswerSchema } from '../../../shared/api/order-actions';
import { addStock } from '../../testing/fixtures';
import { assertLedgerConsistent } from '../../testing/ledger-check';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/fulfilments/:id/release', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 2, 'BOWL-1': 0 });
    await addStock(t.db.db, shop.west, shop.products['BOWL-1'] ?? '', 3);
  });
  afterEach(() => t.close());

  const release = (id: string, token = shop.manager) =>
    t.request('POST', `/v1/fulfilments/${id}/release`, { token });
  const fulfilmentsOf = (orderId: string) =>
    t.db.db
      .selectFrom('fulfilments')
      .select(['id', 'number', 'status'])
      .where('order_id', '=', orderId)
      .orderBy('number')
      .execute();
  const statusOf = async (orderId: string) =>
    (
      await t.db.db
        .selectFrom('orders')
        .select('status')
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow()
    ).status;

  it('releases each fulfilment, and the order once all of them are released', async () => {
    // MUG-1 only in EAST, BOWL-1 only in WEST: the order splits in two.
    const order = await captureOrderVia(t, shop.web, 'F-1', [
      { sku: 'MUG-1', quantity: 1 },
      { sku: 'BOWL-1', quantity: 1 },
    ]);
    const [east, west] = await fulfilmentsOf(order.id);
    if (!east || !west) throw new Error('expected two fulfilments');

    const first = await release(east.id);
    expect(first.status).toBe(200);
    expect(FulfilmentReleaseAnswerSchema.parse(first.body)).toEqual({
      fulfilment: { id: east.id, number: east.number, warehouse: 'EAST', status: 'released' },
      order: { id: order.id, number: order.number, status: 'allocated' },
      changed: true,
    });
    expect(await statusOf(order.id)).toBe('allocated');

    const second = await release(west.id);
    expect(second.body).toMatchObject({ order: { status: 'released' }, changed: true });
    expect(await statusOf(order.id)).toBe('released');

    const again = await release(west.id);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ changed: false, fulfilment: { status: 'released' } });
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses cancelled fulfilments, unknown ids and the wrong role', async () => {
    const order = await captureOrderVia(t, shop.web, 'F-2', [{ sku: 'MUG-1', quantity: 1 }]);
    const [fulfilment] = await fulfilmentsOf(order.id);
    if (!fulfilment) throw new Error('expected a fulfilment');
    expect((await release(fulfilment.id, shop.viewer)).status).toBe(403);
    expect((await t.request('POST', `/v1/fulfilments/${fulfilment.id}/release`)).status).toBe(401);
    expect((await release('not-a-uuid')).body).toMatchObject({
      error: { code: 'BAD_REQUEST', issues: [{ path: 'id' }] },
    });
    expect((await release('0190f5c2-0000-7000-8000-000000000000')).status).toBe(404);

    await t.request('POST', `/v1/orders/${order.id}/cancel`, {
      body: { reason: 'customer changed mind' },
      token: shop.manager,
    });
    const refused = await release(fulfilment.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'ILLEGAL_TRANSITION',
        message: expect.stringContaining('only an allocated fulfilment can be released') as unknown,
      },
    });
    await assertLedgerConsistent(t.db.db);
  });
});
