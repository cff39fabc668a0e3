import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CancelOrderAnswerSchema } from '../../../shared/api/order-actions';
import { cancelOrder } from '../../pipeline/cancel-order';
import { assertLedgerConsistent } from '../../testing/ledger-check';
import { walkOrder } from '../../testing/order-states';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/orders/:id/cancel', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 5 });
  });
  afterEach(() => t.close());

  const cancel = (id: string, body: unknown, token = shop.manager) =>
    t.request('POST', `/v1/orders/${id}/cancel`, { body, token });

  const activeReserved = async () =>
    (
      await t.db.db
        .selectFrom('stock_levels')
        .select('reserved')
        .where('warehouse_id', '=', shop.east.id)
        .executeTakeFirstOrThrow()
    ).reserved;

  it('releases reservations, cancels fulfilments, records why, and is idempotent', async () => {
    const order = await captureOrderVia(t, shop.web, 'C-1', [{ sku: 'MUG-1', quantity: 2 }]);
    expect(order.status).toBe('allocated');
    expect(await activeReserved()).toBe(2);

    const res = await cancel(order.id, { reason: 'customer asked to cancel' });
    expect(res.status).toBe(200);
    const answer = CancelOrderAnswerSchema.parse(res.body);
    expect(answer).toMatchObject({
      order: { id: order.id, status: 'cancelled' },
      changed: true,
      releasedUnits: 2,
      cancelledFulfilments: [expect.stringMatching(/-EAST-1$/) as unknown],
    });
    expect(await activeReserved()).toBe(0);
    const reservations = await t.db.db
      .selectFrom('reservations')
      .select(['status', 'closed_at'])
      .execute();
    expect(reservations).toEqual([{ status: 'released', closed_at: expect.any(Date) as unknown }]);
    const fulfilment = await t.db.db.selectFrom('fulfilments').select('status').executeTakeFirst();
    expect(fulfilment?.status).toBe('cancelled');
    const events = await t.db.db
      .selectFrom('events')
      .select(['kind', 'from_status', 'to_status', 'actor', 'reason'])
      .where('entity_id', '=', order.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(events.slice(-3)).toEqual([
      expect.objectContaining({ kind: 'reservations.released', actor: 'test manager' }),
      expect.objectContaining({
        kind: 'fulfilment.status_changed',
        from_status: 'allocated',
        to_status: 'cancelled',
      }),
      {
        kind: 'order.status_changed',
        from_status: 'allocated',
        to_status: 'cancelled',
        actor: 'test manager',
        reason: 'customer asked to cancel',
      },
    ]);
    await assertLedgerConsistent(t.db.db);

    const again = await cancel(order.number, { reason: 'clicked twice' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      ...answer,
      changed: false,
      releasedUnits: 0,
      cancelledFulfilments: [],
    });
    const after = await t.db.db
      .selectFrom('events')
      .select('id')
      .where('entity_id', '=', order.id)
      .execute();
    expect(after).toHaveLength(events.length);
  });

  it('clears the backorder of a backordered order', async () => {
    const order = await captureOrderVia(t, shop.web, 'C-2', [{ sku: 'MUG-1', quantity: 8 }]);
    expect(order.status).toBe('backordered');
    const res = await cancel(order.id, { reason: 'customer will not wait' });
    expect(res.body).toMatchObject({ releasedUnits: 5, changed: true });
    const line = await t.db.db
      .selectFrom('order_lines')
      .select('backordered_qty')
      .executeTakeFirstOrThrow();
    expect(line.backordered_qty).toBe(0);
    await assertLedgerConsistent(t.db.db);
  });

  it('hands the freed units to the oldest order waiting for them', async () => {
    const first = await captureOrderVia(t, shop.web, 'C-7', [{ sku: 'MUG-1', quantity: 4 }]);
    const older = await captureOrderVia(t, shop.web, 'C-8', [{ sku: 'MUG-1', quantity: 3 }]);
    const newer = await captureOrderVia(t, shop.web, 'C-9', [{ sku: 'MUG-1', quantity: 2 }]);
    expect([first.status, older.status, newer.status]).toEqual([
      'allocated',
      'backordered',
      'backordered',
    ]);
    const res = await cancel(first.id, { reason: 'duplicate order' });
    expect(CancelOrderAnswerSchema.parse(res.body).backorders).toEqual([
      {
        order: { id: older.id, number: older.number, status: 'allocated' },
        // It already had 1 unit allocated in EAST; the rest joins that fulfilment.
        fulfilment: `${older.number}-EAST-1`,
        lines: [{ sku: 'MUG-1', quantity: 2 }],
      },
      {
        order: { id: newer.id, number: newer.number, status: 'allocated' },
        fulfilment: `${newer.number}-EAST-1`,
        lines: [{ sku: 'MUG-1', quantity: 2 }],
      },
    ]);
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses after packing with the state machine message, changing nothing', async () => {
    const order = await captureOrderVia(t, shop.web, 'C-3', [{ sku: 'MUG-1', quantity: 1 }]);
    await walkOrder(t.db.db, order.id, ['released', 'picking', 'packed']);
    const res = await cancel(order.id, { reason: 'too late' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: {
        code: 'ILLEGAL_TRANSITION',
        message: expect.stringContaining('Packed goods cannot be cancelled') as unknown,
      },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    expect(await activeReserved()).toBe(1);
    await assertLedgerConsistent(t.db.db);
  });

  it('needs a manager token and a reason', async () => {
    const order = await captureOrderVia(t, shop.web, 'C-4', [{ sku: 'MUG-1', quantity: 1 }]);
    const noToken = await t.request('POST', `/v1/orders/${order.id}/cancel`, {
      body: { reason: 'x' },
    });
    expect(noToken.status).toBe(401);
    expect(noToken.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const viewer = await cancel(order.id, { reason: 'x' }, shop.viewer);
    expect(viewer.status).toBe(403);
    expect(viewer.body).toMatchObject({ error: { code: 'PERMISSION_DENIED' } });
    for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
      const bad = await cancel(order.id, body);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({
        error: { code: 'BAD_REQUEST', issues: [{ path: 'reason' }] },
      });
    }
    expect((await cancel('XX-999999', { reason: 'x' })).status).toBe(404);
    expect(await activeReserved()).toBe(1);
    await assertLedgerConsistent(t.db.db);
  });

  it("runs inside a caller's transaction, as a channel cancellation webhook needs", async () => {
    const order = await captureOrderVia(t, shop.web, 'C-5', [{ sku: 'MUG-1', quantity: 3 }]);
    const outcome = await t.db.db
      .transaction()
      .execute((trx) => cancelOrder(trx, order.id, 'channel:web-store', 'customer'));
    expect(outcome).toMatchObject({ changed: true, releasedUnits: 3 });
    const other = await captureOrderVia(t, shop.web, 'C-6', [{ sku: 'MUG-1', quantity: 1 }]);
    await expect(
      t.db.db.transaction().execute(async (trx) => {
        await cancelOrder(trx, other.id, 'channel:web-store', 'customer');
        throw new Error('webhook bookkeeping failed');
      }),
    ).rejects.toThrow('webhook bookkeeping failed');
    const untouched = await t.db.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(untouched.status).toBe('allocated');
    expect(await activeReserved()).toBe(1);
    await assertLedgerConsistent(t.db.db);
  });
});
