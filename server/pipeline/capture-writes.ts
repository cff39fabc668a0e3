import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { OrderCapture } from '../../shared/api/order-capture';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { RuleViolation } from '../../shared/domain/validation-rules';
import type { CentralDatabase } from '../db/schema';
import type { CaptureChannel } from './capture-order';
import { newId } from './ids';

type Trx = Transaction<CentralDatabase>;

export async function insertOrder(
  trx: Trx,
  o: {
    orderId: string;
    channel: CaptureChannel;
    capture: OrderCapture;
    hash: string;
    customerId: string | null;
    status: OrderStatus;
    violations: RuleViolation[];
    at: string;
  },
): Promise<string | undefined> {
  const { capture } = o;
  const goods = capture.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0);
  const row = await trx
    .insertInto('orders')
    .values({
      id: o.orderId,
      // The sequence is shared by all channels; the prefix tells them apart and never collides.
      number: sql<string>`${o.channel.orderPrefix} || '-' || lpad(nextval('order_number_seq')::text, 6, '0')`,
      channel_id: o.channel.id,
      external_id: capture.externalId,
      content_hash: o.hash,
      customer_id: o.customerId,
      customer_email: capture.customer.email,
      status: o.status,
      currency: capture.currency,
      subtotal_minor: goods,
      shipping_minor: capture.shippingMinor,
      tax_minor: capture.taxMinor,
      discount_minor: capture.discountMinor,
      total_minor: capture.totalMinor,
      tax_included: capture.taxIncluded,
      payment_status: capture.payment.status,
      service_level: capture.serviceLevel,
      ship_to: JSON.stringify(capture.shipTo),
      bill_to: capture.billTo ? JSON.stringify(capture.billTo) : null,
      notes: capture.notes ?? null,
      hold_reasons: JSON.stringify(o.violations),
      placed_at: capture.placedAt,
      created_at: o.at,
      updated_at: o.at,
    })
    // A concurrent or earlier delivery of the same order: the caller rolls back and answers with it.
    .onConflict((oc) => oc.columns(['channel_id', 'external_id']).doNothing())
    .returning('number')
    .executeTakeFirst();
  return row?.number;
}

/**
 * Finds or creates the customer and counts their orders in the last hour (for the velocity rule)
 * in one statement. The no-op update makes RETURNING give an existing customer's id.
 */
export async function customerAndRecentOrders(
  trx: Trx,
  capture: OrderCapture,
  at: string,
): Promise<{ customerId: string | null; ordersFromEmailLastHour: number }> {
  const email = capture.customer.email;
  if (email === '') return { customerId: null, ordersFromEmailLastHour: 0 };
  const { rows } = await sql<{ id: string; n: string }>`
    WITH customer AS (
      INSERT INTO customers (id, email, name, phone, created_at)
      VALUES (${newId()}, ${email}, ${capture.customer.name}, ${capture.customer.phone ?? null}, ${at})
      ON CONFLICT (lower(email)) WHERE email <> '' DO UPDATE SET email = customers.email
      RETURNING id
    )
    SELECT (SELECT id FROM customer) AS id,
           (SELECT count(*) FROM orders
             WHERE lower(customer_email) = lower(${email})
               AND created_at > now() - interval '1 hour') AS n`.execute(trx);
  // This order is not written yet; it counts too.
  return { customerId: rows[0]?.id ?? null, ordersFromEmailLastHour: Number(rows[0]?.n ?? 0) + 1 };
}
