import type { Kysely } from 'kysely';
import { transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { newId, nowIso } from '../pipeline/ids';
import { applyOrderTransition } from '../pipeline/order-events';
import { orderStatusOf } from '../pipeline/order-lock';

const FLOOR_STATUSES: readonly OrderStatus[] = ['picking', 'packed', 'shipped'];

/**
 * Walks an order through the state machine as the floor would (stations are not built yet),
 * moving its live fulfilments along for picking, packed and shipped.
 */
export async function walkOrder(
  db: Kysely<CentralDatabase>,
  orderId: string,
  steps: readonly OrderStatus[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const to of steps) {
      const row = await trx
        .selectFrom('orders')
        .select('status')
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow();
      const at = nowIso();
      const event = transition({ status: orderStatusOf(row.status) }, to, {
        actor: 'test floor',
        at,
        reason: 'test',
      });
      await applyOrderTransition(trx, orderId, event);
      if (FLOOR_STATUSES.includes(to)) {
        await trx
          .updateTable('fulfilments')
          .set({ status: to, updated_at: at })
          .where('order_id', '=', orderId)
          .where('status', '<>', 'cancelled')
          .execute();
      }
    }
  });
}

/**
 * An order written straight to the tables, for states and times the capture path does not
 * produce on demand: held orders, SKUs the catalogue lacks, identical creation times.
 */
export async function insertOrder(
  db: Kysely<CentralDatabase>,
  order: {
    channelId: string;
    number: string;
    status: OrderStatus;
    lines: { sku: string; productId: string | null; quantity: number; unitPriceMinor?: number }[];
    createdAt?: string;
    email?: string;
    name?: string;
    holdReasons?: { rule: string; field?: string; message: string }[];
  },
): Promise<string> {
  const id = newId();
  const at = order.createdAt ?? nowIso();
  const total = order.lines.reduce((s, l) => s + l.quantity * (l.unitPriceMinor ?? 1000), 0);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('orders')
      .values({
        id,
        number: order.number,
        channel_id: order.channelId,
        external_id: `ext-${order.number}`,
        content_hash: 'test',
        customer_email: order.email ?? `${order.number.toLowerCase()}@example.com`,
        status: order.status,
        currency: 'USD',
        subtotal_minor: total,
        shipping_minor: 0,
        tax_minor: 0,
        discount_minor: 0,
        total_minor: total,
        tax_included: false,
        payment_status: 'paid',
        service_level: 'standard',
        ship_to: JSON.stringify({
          name: order.name ?? 'Test Buyer',
          line1: '1 Main St',
          city: 'Springfield',
          postcode: '62701',
          country: 'US',
        }),
        hold_reasons: JSON.stringify(order.holdReasons ?? []),
        placed_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('order_lines')
      .values(
        order.lines.map((l, i) => ({
          id: newId(),
          order_id: id,
          line_no: i + 1,
          product_id: l.productId,
          sku: l.sku,
          quantity: l.quantity,
          unit_price_minor: l.unitPriceMinor ?? 1000,
        })),
      )
      .execute();
    await trx
      .insertInto('events')
      .values({
        id: newId(),
        at,
        entity_type: 'order',
        entity_id: id,
        kind: 'order.status_changed',
        from_status: 'received',
        to_status: order.status,
        actor: 'test',
        reason: order.holdReasons?.map((r) => r.message).join('; ') ?? null,
        data: '{}',
      })
      .execute();
  });
  return id;
}
