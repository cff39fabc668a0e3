import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { isOrderStatus } from '../../shared/domain/order-status';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from './pipeline-error';

type Trx = Transaction<CentralDatabase>;

/*
 * Lock order, so that writers queue instead of deadlocking: products, then their stock_levels
 * rows (both sorted, see lockProductStock), then orders (oldest first when several), then the
 * order's fulfilments, reservations and lines. Order captures lock only stock levels and their
 * own new order, so they never wait on an order lock.
 */

export interface LockedOrder {
  id: string;
  number: string;
  status: OrderStatus;
  shipCountry: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An order named by its id or its human number (WEB-000123). */
export async function findOrderId(
  db: Kysely<CentralDatabase>,
  idOrNumber: string,
): Promise<string> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .$if(UUID.test(idOrNumber), (q) => q.where('id', '=', idOrNumber))
    .$if(!UUID.test(idOrNumber), (q) => q.where('number', '=', idOrNumber))
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `There is no order ${idOrNumber}`);
  return row.id;
}

/** The products an order's lines are for; read before locking, to lock their stock first. */
export async function orderProductIds(trx: Trx, orderId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('order_lines')
    .select('product_id')
    .where('order_id', '=', orderId)
    .where('product_id', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.product_id ? [r.product_id] : []));
}

/** Row-locks the order until the transaction ends, and reads it as it is after any wait. */
export async function lockOrder(trx: Trx, orderId: string): Promise<LockedOrder> {
  const row = await trx
    .selectFrom('orders')
    .select(['id', 'number', 'status', sql<string>`ship_to->>'country'`.as('ship_country')])
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `There is no order ${orderId}`);
  return {
    id: row.id,
    number: row.number,
    status: orderStatusOf(row.status),
    shipCountry: row.ship_country,
  };
}

export function orderStatusOf(value: string): OrderStatus {
  // A status outside the state machine is a broken row, not a caller's mistake: fail loudly.
  if (!isOrderStatus(value)) throw new Error(`Order row has unknown status '${value}'`);
  return value;
}
