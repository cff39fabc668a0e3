import type { Transaction } from 'kysely';
import type { BackorderFill } from '../../shared/api/stock-receipt';
import { transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { createFulfilment } from './allocate-order';
import { newId } from './ids';
import { applyOrderTransition, recordEvent } from './order-events';
import { orderStatusOf } from './order-lock';

type Trx = Transaction<CentralDatabase>;

/**
 * Hands a warehouse's available units of these products to backordered orders, oldest order
 * first. Each order's units join its allocated fulfilment there (or a new one); an order with
 * nothing left waiting moves to allocated. The caller holds the stock-level locks of the products.
 */
export async function allocateBackorders(
  trx: Trx,
  warehouse: { id: string; code: string },
  productIds: readonly string[],
  at: string,
  cause: string,
): Promise<BackorderFill[]> {
  if (productIds.length === 0) return [];
  const available = await availableIn(trx, warehouse.id, productIds);
  const fills: BackorderFill[] = [];
  const orders = await trx
    .selectFrom('orders')
    .select(['id', 'number', 'status'])
    .where('status', '=', 'backordered')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('order_lines as l')
          .select('l.id')
          .whereRef('l.order_id', '=', 'orders.id')
          .where('l.product_id', 'in', productIds)
          .where('l.backordered_qty', '>', 0),
      ),
    )
    .orderBy('created_at')
    .orderBy('id')
    .forUpdate()
    .execute();

  for (const row of orders) {
    if (![...available.values()].some((units) => units > 0)) break;
    const order = { id: row.id, number: row.number, status: orderStatusOf(row.status) };
    if (order.status !== 'backordered') continue;
    // Re-read after the lock: a wait may have changed what the order still needs.
    const lines = await trx
      .selectFrom('order_lines')
      .select(['id', 'sku', 'product_id', 'backordered_qty'])
      .where('order_id', '=', order.id)
      .where('product_id', 'in', productIds)
      .where('backordered_qty', '>', 0)
      .orderBy('line_no')
      .execute();
    const takes = lines.flatMap((line) => {
      const productId = line.product_id;
      const free = productId ? (available.get(productId) ?? 0) : 0;
      const take = Math.min(free, line.backordered_qty);
      if (!productId || take <= 0) return [];
      available.set(productId, free - take);
      return [{ line, productId, take }];
    });
    if (takes.length === 0) continue;

    const fulfilment = await allocatedFulfilmentIn(trx, order, warehouse, at);
    for (const { line, productId, take } of takes) {
      await addToFulfilment(trx, fulfilment.id, line.id, productId, take);
      await trx
        .insertInto('reservations')
        .values({
          id: newId(),
          order_id: order.id,
          order_line_id: line.id,
          warehouse_id: warehouse.id,
          product_id: productId,
          quantity: take,
          status: 'active',
          created_at: at,
        })
        .execute();
      await trx
        .updateTable('order_lines')
        .set({ backordered_qty: line.backordered_qty - take })
        .where('id', '=', line.id)
        .execute();
    }
    const filled = takes.map((t) => ({ sku: t.line.sku, quantity: t.take }));
    await recordEvent(trx, {
      entityType: 'order',
      entityId: order.id,
      kind: 'backorder.allocated',
      actor: 'allocation',
      at,
      reason: cause,
      data: { warehouse: warehouse.code, fulfilment: fulfilment.number, lines: filled },
    });
    const stillWaiting = await trx
      .selectFrom('order_lines')
      .select('id')
      .where('order_id', '=', order.id)
      .where('backordered_qty', '>', 0)
      .executeTakeFirst();
    let status: OrderStatus = order.status;
    if (!stillWaiting) {
      const event = transition(order, 'allocated', {
        actor: 'allocation',
        at,
        reason: `Backorder filled by ${cause}`,
      });
      await applyOrderTransition(trx, order.id, event, { warehouse: warehouse.code });
      status = 'allocated';
    }
    fills.push({
      order: { id: order.id, number: order.number, status },
      fulfilment: fulfilment.number,
      lines: filled,
    });
  }
  return fills;
}

async function availableIn(
  trx: Trx,
  warehouseId: string,
  productIds: readonly string[],
): Promise<Map<string, number>> {
  const levels = await trx
    .selectFrom('stock_levels')
    .select(['product_id', 'on_hand', 'reserved'])
    .where('warehouse_id', '=', warehouseId)
    .where('product_id', 'in', [...productIds])
    .execute();
  return new Map(levels.map((l) => [l.product_id, l.on_hand - l.reserved]));
}

/** The order's allocated (not yet released) fulfilment in this warehouse, or a new one. */
async function allocatedFulfilmentIn(
  trx: Trx,
  order: { id: string; number: string },
  warehouse: { id: string; code: string },
  at: string,
): Promise<{ id: string; number: string }> {
  const existing = await trx
    .selectFrom('fulfilments')
    .select(['id', 'number'])
    .where('order_id', '=', order.id)
    .where('warehouse_id', '=', warehouse.id)
    .where('status', '=', 'allocated')
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return existing;
  const id = await createFulfilment(trx, order, warehouse.id, warehouse.code, at);
  const created = await trx
    .selectFrom('fulfilments')
    .select(['id', 'number'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return created;
}

/** One fulfilment line per order line: a second fill raises its quantity. */
async function addToFulfilment(
  trx: Trx,
  fulfilmentId: string,
  orderLineId: string,
  productId: string,
  quantity: number,
): Promise<void> {
  const line = await trx
    .selectFrom('fulfilment_lines')
    .select(['id', 'quantity'])
    .where('fulfilment_id', '=', fulfilmentId)
    .where('order_line_id', '=', orderLineId)
    .executeTakeFirst();
  if (line) {
    await trx
      .updateTable('fulfilment_lines')
      .set({ quantity: line.quantity + quantity })
      .where('id', '=', line.id)
      .execute();
    return;
  }
  await trx
    .insertInto('fulfilment_lines')
    .values({
      id: newId(),
      fulfilment_id: fulfilmentId,
      order_line_id: orderLineId,
      product_id: productId,
      quantity,
    })
    .execute();
}
