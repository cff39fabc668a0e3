import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { newId } from './ids';
import { recordEvent } from './order-events';
import type { LockedFloorWork } from './floor-status';

type Trx = Transaction<CentralDatabase>;

export interface ShortBackorder {
  orderLineId: string;
  productId: string;
  sku: string;
  quantity: number;
  /** The bin that came up short; null when no bin held the product. */
  bin: string | null;
  reason: string;
  actor: string;
  at: string;
  data: Record<string, unknown>;
}

/**
 * No bin could give these units: the order line waits for stock instead. That many units of the
 * line's reservations in the warehouse are given up (newest first; a reservation never changes
 * its quantity, so a partly given-up one is released and its remainder reserved again) and the
 * line's backordered quantity grows by them. The caller holds the product and order locks.
 */
export async function backorderShortUnits(
  trx: Trx,
  work: LockedFloorWork,
  short: ShortBackorder,
): Promise<{ released: number }> {
  const { order, fulfilment } = work;
  const reservations = await trx
    .selectFrom('reservations')
    .select(['id', 'quantity'])
    .where('order_line_id', '=', short.orderLineId)
    .where('warehouse_id', '=', fulfilment.warehouseId)
    .where('status', '=', 'active')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .forUpdate()
    .execute();
  let left = short.quantity;
  for (const reservation of reservations) {
    if (left === 0) break;
    const take = Math.min(left, reservation.quantity);
    await trx
      .updateTable('reservations')
      .set({ status: 'released', closed_at: short.at })
      .where('id', '=', reservation.id)
      .execute();
    if (reservation.quantity > take) {
      await trx
        .insertInto('reservations')
        .values({
          id: newId(),
          order_id: order.id,
          order_line_id: short.orderLineId,
          warehouse_id: fulfilment.warehouseId,
          product_id: short.productId,
          quantity: reservation.quantity - take,
          status: 'active',
          created_at: short.at,
        })
        .execute();
    }
    left -= take;
  }
  const released = short.quantity - left;
  await trx
    .updateTable('order_lines')
    .set((eb) => ({ backordered_qty: eb('backordered_qty', '+', short.quantity) }))
    .where('id', '=', short.orderLineId)
    .execute();
  await recordEvent(trx, {
    entityType: 'order',
    entityId: order.id,
    kind: 'pick.short_backordered',
    actor: short.actor,
    at: short.at,
    reason: short.reason,
    data: {
      fulfilment: fulfilment.number,
      warehouse: fulfilment.warehouse,
      bin: short.bin,
      sku: short.sku,
      quantity: short.quantity,
      reservationReleased: released,
      ...short.data,
    },
  });
  return { released };
}
