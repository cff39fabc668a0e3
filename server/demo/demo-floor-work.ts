import type { Kysely, Transaction } from 'kysely';
import { transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { applyOrderTransition } from '../pipeline/order-events';
import { lockOrder, orderProductIds } from '../pipeline/order-lock';
import { newId } from '../pipeline/ids';
import { recordStatusChange } from '../pipeline/status-events';
import { lockStockLevels } from '../pipeline/stock-locks';
import type { BinStock } from './bin-stock';

type Trx = Transaction<CentralDatabase>;

/**
 * What the warehouse floor does to an order after release — pick, pack, ship, hand over — as
 * the stations will report it through mutations. The head office has no pipeline calls for
 * these yet, so the seed applies them the way the mutation handlers must: through the state
 * machine, with an event for the order and for each fulfilment, in one transaction.
 */

interface FulfilmentRow {
  id: string;
  number: string;
  status: string;
  warehouse_id: string;
  warehouse: string;
}

async function lockFulfilments(trx: Trx, orderId: string): Promise<FulfilmentRow[]> {
  return trx
    .selectFrom('fulfilments as f')
    .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
    .select(['f.id', 'f.number', 'f.status', 'f.warehouse_id', 'w.code as warehouse'])
    .where('f.order_id', '=', orderId)
    .where('f.status', '<>', 'cancelled')
    .orderBy('f.number')
    .forUpdate('f')
    .execute();
}

async function setFulfilments(
  trx: Trx,
  orderId: string,
  fulfilments: readonly FulfilmentRow[],
  to: string,
  actor: string,
  at: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  if (fulfilments.length === 0) return;
  await trx
    .updateTable('fulfilments')
    .set({ status: to, updated_at: at })
    .where(
      'id',
      'in',
      fulfilments.map((f) => f.id),
    )
    .execute();
  for (const f of fulfilments) {
    await recordStatusChange(trx, {
      entityType: 'order',
      entityId: orderId,
      kind: 'fulfilment.status_changed',
      from: f.status,
      to,
      actor,
      at,
      data: { fulfilmentId: f.id, number: f.number, warehouse: f.warehouse, ...data },
    });
  }
}

/** released → picking → packed: every live fulfilment moves with the order. */
export async function advanceOnFloor(
  db: Kysely<CentralDatabase>,
  orderId: string,
  to: 'picking' | 'packed',
  actor: string,
  at: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const order = await lockOrder(trx, orderId);
    const event = transition(order, to, { actor, at });
    const fulfilments = await lockFulfilments(trx, orderId);
    await setFulfilments(trx, orderId, fulfilments, to, actor, at);
    await applyOrderTransition(trx, orderId, event, {
      fulfilments: fulfilments.map((f) => f.number),
    });
  });
}

export interface Shipment {
  carrier: string;
  trackingNumber: string;
}

/**
 * Hands packed fulfilments to the carrier: their reservations are consumed and the units leave
 * the ledger ('ship', negative) from the bins they were picked from. Reservations are closed
 * first, because the level's CHECK (reserved ≤ on hand) must hold after every statement.
 */
export async function shipFulfilments(
  db: Kysely<CentralDatabase>,
  orderId: string,
  which: 'first' | 'rest',
  actor: string,
  at: string,
  bins: BinStock,
  shipmentFor: (warehouse: string) => Shipment,
): Promise<OrderStatus> {
  return db.transaction().execute(async (trx) => {
    // Stock levels before the order, the lock order every pipeline writer keeps.
    await lockStockLevels(trx, await orderProductIds(trx, orderId));
    const order = await lockOrder(trx, orderId);
    const fulfilments = await lockFulfilments(trx, orderId);
    const packed = fulfilments.filter((f) => f.status === 'packed');
    const leaving = which === 'first' ? packed.slice(0, 1) : packed;
    const to: OrderStatus = packed.length > leaving.length ? 'partially_shipped' : 'shipped';
    const event = transition(order, to, { actor, at });
    const shipments: (Shipment & { number: string })[] = [];
    for (const f of leaving) {
      const shipment = shipmentFor(f.warehouse);
      await consumeAndShip(trx, orderId, f, actor, at, bins);
      await setFulfilments(trx, orderId, [f], 'shipped', actor, at, { ...shipment });
      shipments.push({ number: f.number, ...shipment });
    }
    await applyOrderTransition(trx, orderId, event, { shipments });
    return to;
  });
}

async function consumeAndShip(
  trx: Trx,
  orderId: string,
  fulfilment: FulfilmentRow,
  actor: string,
  at: string,
  bins: BinStock,
): Promise<void> {
  const lines = await trx
    .selectFrom('fulfilment_lines')
    .select(['order_line_id', 'product_id', 'quantity'])
    .where('fulfilment_id', '=', fulfilment.id)
    .execute();
  if (lines.length === 0) return;
  await trx
    .updateTable('reservations')
    .set({ status: 'consumed', closed_at: at })
    .where('order_id', '=', orderId)
    .where('warehouse_id', '=', fulfilment.warehouse_id)
    .where(
      'order_line_id',
      'in',
      lines.map((l) => l.order_line_id),
    )
    .where('status', '=', 'active')
    .execute();
  const movements = lines.flatMap((line) =>
    bins.take(fulfilment.warehouse_id, line.product_id, line.quantity).map((taken) => ({
      id: newId(),
      warehouse_id: fulfilment.warehouse_id,
      bin_id: taken.binId,
      product_id: line.product_id,
      quantity: -taken.quantity,
      reason: 'ship',
      reference: fulfilment.number,
      actor,
      created_at: at,
    })),
  );
  await trx.insertInto('stock_movements').values(movements).execute();
}

/** The carriers' delivery scans are in: the order is done. */
export async function markDelivered(
  db: Kysely<CentralDatabase>,
  orderId: string,
  actor: string,
  at: string,
  data: Record<string, unknown>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const order = await lockOrder(trx, orderId);
    await applyOrderTransition(trx, orderId, transition(order, 'delivered', { actor, at }), data);
  });
}
