import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import { NotificationEventSchema } from './notification-event';
import type { NotificationEvent } from './notification-event';

const QueueRequestSchema = z.object({ shipmentId: z.uuid(), event: NotificationEventSchema });

export type QueueOutcome =
  | { queued: true; notificationId: string }
  /** Already queued (or sent) for this shipment and event: a customer hears of it once. */
  | { queued: false; reason: 'already_queued' | 'no_such_shipment' | 'no_customer_email' };

/** Just enough of an address to hand to a mail server; anything else is never tried. */
const Email = z.email();

/**
 * Queues the customer's email about a shipment event in the caller's transaction, so it exists
 * exactly when the change that caused it commits. notifications' UNIQUE (shipment_id, event)
 * makes it once per shipment and event however often it is called (a redelivered webhook, a
 * retried mutation). The sender mails it after commit.
 */
export async function queueShipmentNotification(
  trx: Transaction<CentralDatabase>,
  request: { shipmentId: string; event: NotificationEvent },
): Promise<QueueOutcome> {
  const { shipmentId, event } = QueueRequestSchema.parse(request);
  const target = await trx
    .selectFrom('shipments as s')
    .innerJoin('fulfilments as f', 'f.id', 's.fulfilment_id')
    .innerJoin('orders as o', 'o.id', 'f.order_id')
    .select(['o.id as order_id', 'o.customer_email'])
    .where('s.id', '=', shipmentId)
    .executeTakeFirst();
  if (!target) return { queued: false, reason: 'no_such_shipment' };
  const recipient = target.customer_email.trim();
  if (!Email.safeParse(recipient).success) return { queued: false, reason: 'no_customer_email' };
  const id = newId();
  const inserted = await sql<{ id: string }>`
    INSERT INTO notifications (id, shipment_id, order_id, event, recipient)
    VALUES (${id}, ${shipmentId}, ${target.order_id}, ${event}, ${recipient})
    ON CONFLICT (shipment_id, event) DO NOTHING
    RETURNING id`.execute(trx);
  return inserted.rows.length > 0
    ? { queued: true, notificationId: id }
    : { queued: false, reason: 'already_queued' };
}
