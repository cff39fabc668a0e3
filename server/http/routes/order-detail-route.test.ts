import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderDetailAnswerSchema } from '../../../shared/api/order-detail';
import type { OrderDetail } from '../../../shared/api/order-detail';
import { insertOrder } from '../../testing/order-states';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('GET /v1/orders/:idOrNumber', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 5, 'LAMP-1': 1 });
  });
  afterEach(() => t.close());

  const detail = async (idOrNumber: string, token = shop.viewer): Promise<OrderDetail> => {
    const res = await t.request('GET', `/v1/orders/${encodeURIComponent(idOrNumber)}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return OrderDetailAnswerSchema.parse(res.body).order;
  };

  it('shows lines, fulfilments, reservations and the timeline oldest first', async () => {
    const captured = await captureOrderVia(
      t,
      shop.web,
      'D-1',
      [
        { sku: 'MUG-1', quantity: 2, unitPriceMinor: 1250 },
        { sku: 'LAMP-1', quantity: 3, unitPriceMinor: 4999 },
      ],
      { shippingMinor: 500, totalMinor: 2 * 1250 + 3 * 4999 + 500 },
    );
    expect(captured.status).toBe('backordered');
    const order = await detail(captured.id);
    expect(await detail(captured.number)).toEqual(order);
    expect(order).toMatchObject({
      number: captured.number,
      channel: { code: 'web-store' },
      externalId: 'D-1',
      status: 'backordered',
      customer: { email: 'D-1@example.com', name: 'Ada Buyer' },
      subtotal: { amountMinor: 17497, currency: 'USD' },
      shipping: { amountMinor: 500, currency: 'USD' },
      total: { amountMinor: 17997, currency: 'USD' },
      shipTo: { country: 'US', city: 'Springfield' },
      billTo: null,
      holdReasons: [],
      lines: [
        {
          lineNo: 1,
          sku: 'MUG-1',
          productName: 'Product MUG-1',
          quantity: 2,
          unitPrice: { amountMinor: 1250, currency: 'USD' },
          lineTotal: { amountMinor: 2500, currency: 'USD' },
          backordered: 0,
        },
        { lineNo: 2, sku: 'LAMP-1', quantity: 3, backordered: 2 },
      ],
      fulfilments: [
        {
          number: `${captured.number}-EAST-1`,
          warehouse: 'EAST',
          status: 'allocated',
          lines: [
            { lineNo: 1, sku: 'MUG-1', quantity: 2 },
            { lineNo: 2, sku: 'LAMP-1', quantity: 1 },
          ],
        },
      ],
      reservations: [
        {
          lineNo: 1,
          sku: 'MUG-1',
          warehouse: 'EAST',
          quantity: 2,
          status: 'active',
          closedAt: null,
        },
        {
          lineNo: 2,
          sku: 'LAMP-1',
          warehouse: 'EAST',
          quantity: 1,
          status: 'active',
          closedAt: null,
        },
      ],
    });
    expect(order.placedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(order.timeline.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['order.captured', null, 'received'],
      ['order.status_changed', 'received', 'confirmed'],
      ['fulfilment.created', null, 'allocated'],
      ['order.status_changed', 'confirmed', 'backordered'],
    ]);

    await t.request('POST', `/v1/orders/${captured.id}/cancel`, {
      body: { reason: 'customer found it cheaper elsewhere' },
      token: shop.manager,
    });
    const cancelled = await detail(captured.number);
    expect(cancelled.timeline.at(-1)).toMatchObject({
      kind: 'order.status_changed',
      from: 'backordered',
      to: 'cancelled',
      actor: 'test manager',
      reason: 'customer found it cheaper elsewhere',
    });
    expect(cancelled.reservations.every((r) => r.status === 'released' && r.closedAt)).toBe(true);
    const times = cancelled.timeline.map((e) => e.at);
    expect(times).toEqual([...times].sort());
  });

  it('shows why a held order is held', async () => {
    await insertOrder(t.db.db, {
      channelId: shop.web.id,
      number: 'WEB-500001',
      status: 'on_hold',
      lines: [{ sku: 'UNKNOWN-1', productId: null, quantity: 1 }],
      holdReasons: [
        {
          rule: 'required-fields',
          field: 'lines.0.sku',
          message: 'SKU UNKNOWN-1 is not in the catalogue',
        },
      ],
    });
    const order = await detail('WEB-500001');
    expect(order.holdReasons).toEqual([
      {
        rule: 'required-fields',
        field: 'lines.0.sku',
        message: 'SKU UNKNOWN-1 is not in the catalogue',
      },
    ]);
    expect(order.lines[0]).toMatchObject({ sku: 'UNKNOWN-1', productName: null });
  });

  it('answers 404 for unknown orders and 401 without a token', async () => {
    const missing = await t.request('GET', '/v1/orders/WEB-000000', { token: shop.viewer });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      error: { code: 'NOT_FOUND', message: 'There is no order WEB-000000' },
    });
    const missingId = await t.request('GET', '/v1/orders/0190f5c2-0000-7000-8000-000000000000', {
      token: shop.viewer,
    });
    expect(missingId.status).toBe(404);
    expect((await t.request('GET', '/v1/orders/WEB-000000')).status).toBe(401);
  });
});
