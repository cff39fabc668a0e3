import type { Transaction } from 'kysely';
import type { TransitionEvent } from '../../shared/domain/order-state-machine';
import type { CentralDatabase } from '../db/schema';
import { newId } from './ids';

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
  await trx
    .insertInto('events')
    .values({
      id: newId(),
      at: event.at,
      entity_type: 'order',
      entity_id: orderId,
      kind: 'order.status_changed',
      from_status: event.from,
      to_status: event.to,
      actor: event.actor,
      reason: event.reason,
      data: JSON.stringify(data),
    })
    .execute();
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
  await trx
    .insertInto('events')
    .values({
      id: newId(),
      at: entry.at,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      kind: entry.kind,
      from_status: null,
      to_status: entry.toStatus ?? null,
      actor: entry.actor,
      reason: entry.reason ?? null,
      data: JSON.stringify(entry.data ?? {}),
    })
    .execute();
}
