import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StockReceiptAnswerSchema } from '../../../shared/api/stock-receipt';
import type { StockReceiptInput } from '../../../shared/api/stock-receipt';
import type { CentralDatabase } from '../../db/schema';
import { newId } from '../../pipeline/ids';
import { assertLedgerConsistent } from '../../testing/ledger-check';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

async function addPurchaseOrder(
  db: Kysely<CentralDatabase>,
  number: string,
  warehouseId: string,
  lines: { productId: string; quantity: number }[],
): Promise<void> {
  const id = newId();
  await db
    .insertInto('purchase_orders')
    .values({ id, number, warehouse_id: warehouseId, supplier: 'Acme Ceramics', status: 'open' })
    .execute();
  await db
    .insertInto('purchase_order_lines')
    .values(
      lines.map((l) => ({
        id: newId(),
        purchase_order_id: id,
        product_id: l.productId,
        quantity_ordered: l.quantity,
      })),
    )
    .execute();
}

describe('POST /v1/stock/receipts', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 2, 'LAMP-1': 0 });
  });
  afterEach(() => t.close());

  const receive = (body: StockReceiptInput | Record<string, unknown>, token = shop.manager) =>
    t.request('POST', '/v1/stock/receipts', { body, token });
  const orderRow = (id: string) =>
    t.db.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
      .then((r) => r.status);
  const backorderedOf = (id: string) =>
    t.db.db
      .selectFrom('order_lines')
      .select('backordered_qty')
      .where('order_id', '=', id)
      .executeTakeFirstOrThrow()
      .then((r) => r.backordered_qty);

  it('fills backorders oldest first and moves filled orders to allocated', async () => {
    const older = await captureOrderVia(t, shop.web, 'B-1', [{ sku: 'LAMP-1', quantity: 3 }]);
    const newer = await captureOrderVia(t, shop.web, 'B-2', [{ sku: 'LAMP-1', quantity: 2 }]);
    expect([older.status, newer.status]).toEqual(['backordered', 'backordered']);

    const res = await receive({
      warehouse: 'east',
      reference: 'ASN-7781',
      lines: [{ sku: 'LAMP-1', quantity: 4 }],
    });
    expect(res.status).toBe(201);
    const answer = StockReceiptAnswerSchema.parse(res.body);
    expect(answer.receipt).toMatchObject({
      warehouse: 'EAST',
      bin: null,
      purchaseOrder: null,
      reference: 'ASN-7781',
      actor: 'test manager',
    });
    expect(answer.backorders).toEqual([
      {
        order: { id: older.id, number: older.number, status: 'allocated' },
        fulfilment: `${older.number}-EAST-1`,
        lines: [{ sku: 'LAMP-1', quantity: 3 }],
      },
      {
        order: { id: newer.id, number: newer.number, status: 'backordered' },
        fulfilment: `${newer.number}-EAST-1`,
        lines: [{ sku: 'LAMP-1', quantity: 1 }],
      },
    ]);
    expect(await orderRow(older.id)).toBe('allocated');
    expect(await orderRow(newer.id)).toBe('backordered');
    expect(await backorderedOf(older.id)).toBe(0);
    expect(await backorderedOf(newer.id)).toBe(1);
    const movement = await t.db.db
      .selectFrom('stock_movements')
      .select(['quantity', 'reason', 'reference', 'actor'])
      .where('reason', '=', 'receipt')
      .executeTakeFirstOrThrow();
    expect(movement).toEqual({
      quantity: 4,
      reason: 'receipt',
      reference: 'ASN-7781',
      actor: 'test manager',
    });
    const transition = await t.db.db
      .selectFrom('events')
      .select(['from_status', 'to_status', 'actor'])
      .where('entity_id', '=', older.id)
      .where('kind', '=', 'order.status_changed')
      .where('to_status', '=', 'allocated')
      .executeTakeFirstOrThrow();
    expect(transition).toEqual({
      from_status: 'backordered',
      to_status: 'allocated',
      actor: 'allocation',
    });
    await assertLedgerConsistent(t.db.db);

    const second = await receive({
      warehouse: 'EAST',
      reference: 'ASN-7782',
      lines: [{ sku: 'LAMP-1', quantity: 1 }],
    });
    expect(second.body).toMatchObject({
      backorders: [{ order: { id: newer.id, status: 'allocated' } }],
    });
    expect(await orderRow(newer.id)).toBe('allocated');
    await assertLedgerConsistent(t.db.db);
  });

  it("adds to the order's allocated fulfilment in the receiving warehouse", async () => {
    const order = await captureOrderVia(t, shop.web, 'B-3', [{ sku: 'MUG-1', quantity: 5 }]);
    expect(order.status).toBe('backordered');
    const res = await receive({
      warehouse: 'EAST',
      bin: 'A-01-01',
      reference: 'DN-1',
      lines: [{ sku: 'MUG-1', quantity: 3 }],
    });
    expect(res.body).toMatchObject({
      receipt: { bin: 'A-01-01' },
      backorders: [{ order: { status: 'allocated' }, fulfilment: `${order.number}-EAST-1` }],
    });
    const lines = await t.db.db
      .selectFrom('fulfilment_lines')
      .innerJoin('fulfilments', 'fulfilments.id', 'fulfilment_lines.fulfilment_id')
      .select(['fulfilments.number', 'fulfilment_lines.quantity'])
      .execute();
    expect(lines).toEqual([{ number: `${order.number}-EAST-1`, quantity: 5 }]);
    await assertLedgerConsistent(t.db.db);
  });

  it('leaves released fulfilments alone and does not touch cancelled orders', async () => {
    const cancelled = await captureOrderVia(t, shop.web, 'B-4', [{ sku: 'LAMP-1', quantity: 1 }]);
    await t.request('POST', `/v1/orders/${cancelled.id}/cancel`, {
      body: { reason: 'customer gave up' },
      token: shop.manager,
    });
    const waiting = await captureOrderVia(t, shop.web, 'B-5', [{ sku: 'MUG-1', quantity: 4 }]);
    const [onFloor] = await t.db.db
      .selectFrom('fulfilments')
      .select('id')
      .where('order_id', '=', waiting.id)
      .execute();
    await t.request('POST', `/v1/fulfilments/${onFloor?.id ?? ''}/release`, {
      token: shop.manager,
    });
    const res = await receive({
      warehouse: 'EAST',
      reference: 'DN-2',
      lines: [
        { sku: 'LAMP-1', quantity: 1 },
        { sku: 'MUG-1', quantity: 2 },
      ],
    });
    expect(res.body).toMatchObject({
      backorders: [
        {
          order: { id: waiting.id, status: 'allocated' },
          fulfilment: `${waiting.number}-EAST-2`,
          lines: [{ sku: 'MUG-1', quantity: 2 }],
        },
      ],
    });
    expect(await orderRow(cancelled.id)).toBe('cancelled');
    await assertLedgerConsistent(t.db.db);
  });

  it('books against a purchase order and moves its status on', async () => {
    await addPurchaseOrder(t.db.db, 'PO-1001', shop.east.id, [
      { productId: shop.products['LAMP-1'] ?? '', quantity: 10 },
    ]);
    const part = await receive({
      warehouse: 'EAST',
      purchaseOrder: 'PO-1001',
      reference: 'DN-10',
      lines: [{ sku: 'LAMP-1', quantity: 4 }],
    });
    expect(part.body).toMatchObject({
      receipt: { purchaseOrder: { number: 'PO-1001', status: 'partially_received' } },
    });
    const rest = await receive({
      warehouse: 'EAST',
      purchaseOrder: 'PO-1001',
      reference: 'DN-11',
      lines: [{ sku: 'LAMP-1', quantity: 6 }],
    });
    expect(rest.body).toMatchObject({
      receipt: { purchaseOrder: { number: 'PO-1001', status: 'received' } },
    });
    const line = await t.db.db
      .selectFrom('purchase_order_lines')
      .select('quantity_received')
      .executeTakeFirstOrThrow();
    expect(line.quantity_received).toBe(10);
    const statusEvents = await t.db.db
      .selectFrom('events')
      .select(['from_status', 'to_status'])
      .where('entity_type', '=', 'purchase_order')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(statusEvents).toEqual([
      { from_status: 'open', to_status: 'partially_received' },
      { from_status: 'partially_received', to_status: 'received' },
    ]);
    const closed = await receive({
      warehouse: 'EAST',
      purchaseOrder: 'PO-1001',
      reference: 'DN-12',
      lines: [{ sku: 'LAMP-1', quantity: 1 }],
    });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ error: { code: 'CONFLICT' } });
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses bad bodies, unknown references and the wrong role, writing nothing', async () => {
    await addPurchaseOrder(t.db.db, 'PO-2002', shop.west.id, [
      { productId: shop.products['LAMP-1'] ?? '', quantity: 5 },
    ]);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ warehouse: 'EAST', lines: [{ sku: 'MUG-1', quantity: 1 }] }, ['reference']],
      [{ warehouse: 'EAST', reference: 'x', lines: [] }, ['lines']],
      [
        {
          warehouse: 'EAST',
          reference: 'x',
          lines: [
            { sku: 'MUG-1', quantity: 1.5 },
            { sku: '', quantity: 0 },
          ],
        },
        ['lines.0.quantity', 'lines.1.quantity', 'lines.1.sku'],
      ],
      [
        { warehouse: 'NOWHERE', reference: 'x', lines: [{ sku: 'MUG-1', quantity: 1 }] },
        ['warehouse'],
      ],
      [
        { warehouse: 'EAST', bin: 'Z-99', reference: 'x', lines: [{ sku: 'NOPE', quantity: 1 }] },
        ['bin', 'lines.0.sku'],
      ],
      [
        {
          warehouse: 'EAST',
          purchaseOrder: 'PO-2002',
          reference: 'x',
          lines: [{ sku: 'LAMP-1', quantity: 1 }],
        },
        ['purchaseOrder'],
      ],
    ];
    for (const [body, paths] of cases) {
      const res = await receive(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const issues = (res.body as { error: { issues: { path: string }[] } }).error.issues;
      expect(issues.map((i) => i.path).sort()).toEqual(paths);
    }
    const notOnPo = await receive({
      warehouse: 'WEST',
      purchaseOrder: 'PO-2002',
      reference: 'x',
      lines: [{ sku: 'MUG-1', quantity: 1 }],
    });
    expect(notOnPo.body).toMatchObject({
      error: {
        issues: [{ path: 'lines.0.sku', message: 'SKU MUG-1 is not on purchase order PO-2002' }],
      },
    });
    const good = { warehouse: 'EAST', reference: 'x', lines: [{ sku: 'MUG-1', quantity: 1 }] };
    expect((await receive(good, shop.viewer)).status).toBe(403);
    expect((await t.request('POST', '/v1/stock/receipts', { body: good })).status).toBe(401);
    const movements = await t.db.db
      .selectFrom('stock_movements')
      .select('id')
      .where('reason', '=', 'receipt')
      .execute();
    expect(movements).toHaveLength(0);
    await assertLedgerConsistent(t.db.db);
  });
});
