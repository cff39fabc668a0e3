import type { Transaction } from 'kysely';
import type { TransitionEvent } from '../../shared/domain/order-state-machine';
import type { CentralDatabase } from '../db/schema';
import { insertEvents } from './event-rows';

type Trx = Transaction<CentralDatabase>;

/** Moves an order and writes the event that explains it, in the caller's transaction. */
export async function applyOrderTransition(
  trx: Trx,
  orderId: string,
  event: TransitionEvent,
  data: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .updateTable('orders')
    .set({ status: event.to, updated_at: event.at })
    .where('id', '=', orderId)
    .execute();
  await insertEvents(trx, [
    {
      entityType: 'order',
      entityId: orderId,
      kind: 'order.status_changed',
      at: event.at,
      actor: event.actor,
      from: event.from,
      to: event.to,
      reason: event.reason,
      data,
    },
  ]);
}

/** An event that is not a status change (captured, fulfilment created, reservation released). */
export async function recordEvent(
  trx: Trx,
  entry: {
    entityType: string;
    entityId: string;
    kind: string;
    actor: string;
    at: string;
    reason?: string | null;
    toStatus?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await insertEvents(trx, [{ ...entry, to: entry.toStatus ?? null }]);
}
