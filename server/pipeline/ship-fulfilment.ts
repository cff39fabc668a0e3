import type { Transaction } from 'kysely';
import { canTransition, transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import type { FloorActor, LockedFloorWork } from './floor-status';
import { setFulfilmentStatus } from './floor-status';
import { newId } from './ids';
import { applyOrderTransition } from './order-events';

type Trx = Transaction<CentralDatabase>;

/**
 * Every parcel of a packed fulfilment has a live label: it leaves. Its reservations are consumed
 * and the packed units leave the "picked, not shipped" stock (bin NULL) — reservations first, so
 * reserved ≤ on hand holds after every statement. The caller holds the products' stock locks
 * and then the order lock (the pipeline's lock order).
 */
export async function shipFulfilment(
  trx: Trx,
  work: LockedFloorWork,
  by: FloorActor,
): Promise<void> {
  const { fulfilment, order } = work;
  const lines = await trx
    .selectFrom('fulfilment_lines')
    .select(['id', 'order_line_id', 'product_id'])
    .where('fulfilment_id', '=', fulfilment.id)
    .execute();
  const packed = await packedUnitsByLine(trx, fulfilment.id);
  if (lines.length > 0) {
    await trx
      .updateTable('reservations')
      .set({ status: 'consumed', closed_at: by.at })
      .where('order_id', '=', order.id)
      .where('warehouse_id', '=', fulfilment.warehouseId)
      .where(
        'order_line_id',
        'in',
        lines.map((l) => l.order_line_id),
      )
      .where('status', '=', 'active')
      .execute();
  }
  for (const line of lines) {
    const quantity = packed.get(line.id) ?? 0;
    if (quantity === 0) continue;
    await trx
      .insertInto('stock_movements')
      .values({
        id: newId(),
        warehouse_id: fulfilment.warehouseId,
        bin_id: null,
        product_id: line.product_id,
        quantity: -quantity,
        reason: 'ship',
        reference: fulfilment.number,
        actor: by.actor,
        station: typeof by.data.station === 'string' ? by.data.station : null,
        mutation_id: typeof by.data.mutationId === 'string' ? by.data.mutationId : null,
        created_at: by.at,
      })
      .execute();
  }
  await setFulfilmentStatus(trx, work, 'shipped', by);
  await moveOrderOnShipping(trx, work, by);
}

/** Shipped once every live fulfilment has shipped; partly shipped while others wait. */
async function moveOrderOnShipping(trx: Trx, work: LockedFloorWork, by: FloorActor): Promise<void> {
  const { order, fulfilment } = work;
  const waiting = await trx
    .selectFrom('fulfilments')
    .select('id')
    .where('order_id', '=', order.id)
    .where('status', 'not in', ['shipped', 'cancelled'])
    .executeTakeFirst();
  const to: OrderStatus = waiting ? 'partially_shipped' : 'shipped';
  // A backordered or still-picking order ships in parts without changing state: it still waits.
  if (order.status === to || !canTransition(order.status, to)) return;
  await applyOrderTransition(trx, order.id, transition(order, to, by), {
    fulfilment: fulfilment.number,
    ...by.data,
  });
  order.status = to;
}

async function packedUnitsByLine(trx: Trx, fulfilmentId: string): Promise<Map<string, number>> {
  const parcels = await trx
    .selectFrom('parcels')
    .select('items')
    .where('fulfilment_id', '=', fulfilmentId)
    .execute();
  const packed = new Map<string, number>();
  for (const parcel of parcels) {
    for (const item of parcel.items) {
      packed.set(item.fulfilmentLineId, (packed.get(item.fulfilmentLineId) ?? 0) + item.quantity);
    }
  }
  return packed;
}
