import type { Kysely } from 'kysely';
import type { BackorderFill } from '../../shared/api/stock-receipt';
import { transition } from '../../shared/domain/order-state-machine';
import type { CentralDatabase } from '../db/schema';
import { nowIso } from './ids';
import { passOnFreedUnits } from './pass-on-freed-units';
import { inTransaction } from './in-transaction';
import { applyOrderTransition, recordEvent } from './order-events';
import { lockOrder, orderProductIds } from './order-lock';
import { PipelineError } from './pipeline-error';
import { recordStatusChange } from './status-events';
import { lockProductStock } from './product-stock-lock';

export interface CancelOutcome {
  orderId: string;
  number: string;
  status: 'cancelled';
  /** False when the order was already cancelled: a repeated cancel changes nothing. */
  changed: boolean;
  releasedUnits: number;
  /** Numbers of the fulfilments this cancel stopped. */
  cancelledFulfilments: string[];
  /** Backordered orders that got the units this cancel freed, oldest first. */
  backorders: BackorderFill[];
}

/** Work the floor has not sealed yet; packed goods leave or come back as a return. */
const STOPPABLE_FULFILMENTS = ['allocated', 'released', 'picking'];

/**
 * Cancels an order in one transaction: its active reservations are released, its unpacked
 * fulfilments cancelled, its backorder cleared, and each step written to its timeline. Used by
 * the API and by channel cancellations (Shopify orders/cancelled), so it is idempotent.
 */
export async function cancelOrder(
  db: Kysely<CentralDatabase>,
  orderId: string,
  actor: string,
  reason: string,
): Promise<CancelOutcome> {
  return inTransaction(db, async (trx) => {
    await lockProductStock(trx, await orderProductIds(trx, orderId));
    const order = await lockOrder(trx, orderId);
    const unchanged = { orderId, number: order.number, status: 'cancelled' as const };
    if (order.status === 'cancelled') {
      return {
        ...unchanged,
        changed: false,
        releasedUnits: 0,
        cancelledFulfilments: [],
        backorders: [],
      };
    }
    const at = nowIso();
    // Refuses (and so changes nothing) for packed or later orders, or without a reason.
    const event = transition(order, 'cancelled', { actor, reason, at });

    const fulfilments = await trx
      .selectFrom('fulfilments')
      .select(['id', 'number', 'status'])
      .where('order_id', '=', orderId)
      .orderBy('created_at')
      .forUpdate()
      .execute();
    const sealed = fulfilments.filter((f) => f.status === 'packed' || f.status === 'shipped');
    if (sealed.length > 0) {
      throw new PipelineError(
        'ILLEGAL_TRANSITION',
        `Order ${order.number} cannot be cancelled: ${sealed.map((f) => `${f.number} is ${f.status}`).join(', ')}. ` +
          'Packed goods cannot be cancelled: stop the parcel with the carrier or take it back as a return.',
      );
    }

    const released = await trx
      .updateTable('reservations')
      .set({ status: 'released', closed_at: at })
      .where('order_id', '=', orderId)
      .where('status', '=', 'active')
      .returning(['quantity', 'warehouse_id', 'product_id'])
      .execute();
    const releasedUnits = released.reduce((sum, r) => sum + r.quantity, 0);
    if (released.length > 0) {
      await recordEvent(trx, {
        entityType: 'order',
        entityId: orderId,
        kind: 'reservations.released',
        actor,
        at,
        reason,
        data: { reservations: released.length, units: releasedUnits },
      });
    }

    const stopped = fulfilments.filter((f) => STOPPABLE_FULFILMENTS.includes(f.status));
    if (stopped.length > 0) {
      await trx
        .updateTable('fulfilments')
        .set({ status: 'cancelled', updated_at: at })
        .where(
          'id',
          'in',
          stopped.map((f) => f.id),
        )
        .execute();
    }
    for (const f of stopped) {
      await recordStatusChange(trx, {
        entityType: 'order',
        entityId: orderId,
        kind: 'fulfilment.status_changed',
        from: f.status,
        to: 'cancelled',
        actor,
        at,
        reason,
        data: { fulfilmentId: f.id, number: f.number },
      });
    }

    const backordered = await trx
      .selectFrom('order_lines')
      .select(['id', 'sku', 'backordered_qty'])
      .where('order_id', '=', orderId)
      .where('backordered_qty', '>', 0)
      .execute();
    if (backordered.length > 0) {
      // Nothing waits for stock any more; what was waiting stays readable in the event below.
      await trx
        .updateTable('order_lines')
        .set({ backordered_qty: 0 })
        .where(
          'id',
          'in',
          backordered.map((l) => l.id),
        )
        .execute();
    }

    await applyOrderTransition(trx, orderId, event, {
      releasedUnits,
      cancelledFulfilments: stopped.map((f) => f.number),
      backorderCleared: backordered.map((l) => ({ sku: l.sku, quantity: l.backordered_qty })),
    });
    const backorders = await passOnFreedUnits(
      trx,
      released,
      at,
      `units freed by cancelling ${order.number}`,
    );
    return {
      ...unchanged,
      changed: true,
      releasedUnits,
      cancelledFulfilments: stopped.map((f) => f.number),
      backorders,
    };
  });
}
