import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReleaseHoldAnswerSchema } from '../../../shared/api/order-actions';
import { addProduct, addStock } from '../../testing/fixtures';
import { assertLedgerConsistent } from '../../testing/ledger-check';
import { insertOrder } from '../../testing/order-states';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/orders/:id/release-hold', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 5 });
  });
  afterEach(() => t.close());

  const release = (id: string, body: unknown, token = shop.manager) =>
    t.request('POST', `/v1/orders/${id}/release-hold`, { body, token });

  const held = (
    number: string,
    lines: { sku: string; productId: string | null; quantity: number }[],
  ) =>
    insertOrder(t.db.db, {
      channelId: shop.web.id,
      number,
      status: 'on_hold',
      lines,
      holdReasons: [{ rule: 'fraud-value', message: 'Billing and shipping countries differ' }],
    });

  it('confirms and allocates a held order, keeping the why on its timeline', async () => {
    const id = await held('WEB-100001', [
      { sku: 'MUG-1', productId: shop.products['MUG-1'] ?? null, quantity: 2 },
    ]);
    const res = await release(id, { reason: 'called the customer; order is genuine' });
    expect(res.status).toBe(200);
    expect(ReleaseHoldAnswerSchema.parse(res.body)).toMatchObject({
      order: { id, number: 'WEB-100001', status: 'allocated' },
      fulfilments: [{ number: 'WEB-100001-EAST-1', warehouse: 'EAST' }],
      backorderedUnits: 0,
    });
    const order = await t.db.db
      .selectFrom('orders')
      .select(['status', 'hold_reasons'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({ status: 'allocated', hold_reasons: [] });
    const transitions = await t.db.db
      .selectFrom('events')
      .select(['from_status', 'to_status', 'actor', 'reason'])
      .where('entity_id', '=', id)
      .where('kind', '=', 'order.status_changed')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(transitions.slice(1)).toEqual([
      {
        from_status: 'on_hold',
        to_status: 'confirmed',
        actor: 'test manager',
        reason: 'called the customer; order is genuine',
      },
      { from_status: 'confirmed', to_status: 'allocated', actor: 'allocation', reason: null },
    ]);
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses while a line has no product, naming the SKU, and links it once it exists', async () => {
    const id = await held('WEB-100002', [
      { sku: 'MUG-1', productId: shop.products['MUG-1'] ?? null, quantity: 1 },
      { sku: 'GHOST-9', productId: null, quantity: 2 },
    ]);
    const refused = await release(id, { reason: 'looks fine' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('GHOST-9') as unknown,
        issues: [{ path: 'lines.1.sku', message: 'No product has SKU GHOST-9' }],
      },
    });
    const still = await t.db.db.selectFrom('orders').select('status').executeTakeFirstOrThrow();
    expect(still.status).toBe('on_hold');

    const ghost = await addProduct(t.db.db, 'GHOST-9');
    await addStock(t.db.db, shop.west, ghost, 1);
    const res = await release(id, { reason: 'product added to the catalogue' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ order: { status: 'backordered' }, backorderedUnits: 1 });
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses orders that are not on hold, bad bodies, and the wrong role', async () => {
    const order = await captureOrderVia(t, shop.web, 'R-1', [{ sku: 'MUG-1', quantity: 1 }]);
    const notHeld = await release(order.id, { reason: 'why not' });
    expect(notHeld.status).toBe(409);
    expect(notHeld.body).toMatchObject({
      error: {
        code: 'ILLEGAL_TRANSITION',
        message:
          'Order cannot go from allocated to confirmed: from allocated it can only go to released, backordered or cancelled.',
      },
    });
    const id = await held('WEB-100003', [
      { sku: 'MUG-1', productId: shop.products['MUG-1'] ?? null, quantity: 1 },
    ]);
    expect((await release(id, { reason: 'ok' }, shop.viewer)).status).toBe(403);
    expect(
      (await t.request('POST', `/v1/orders/${id}/release-hold`, { body: { reason: 'ok' } })).status,
    ).toBe(401);
    const noReason = await release(id, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ error: { issues: [{ path: 'reason' }] } });
    await assertLedgerConsistent(t.db.db);
  });
});
