import { sql } from 'kysely';
import type { Expression, Kysely, SqlBool } from 'kysely';
import type { OrderListAnswer, OrderListQuery } from '../../shared/api/order-list';
import type { CentralDatabase } from '../db/schema';
import { orderStatusOf } from '../pipeline/order-lock';
import { isoOf, moneyOf } from './answer-values';
import { containsPattern } from './like-pattern';
import type { OrderCursorCodec } from './order-cursor';

/**
 * Orders newest first, filtered, one page at a time. Keyset pagination over (created_at, id)
 * follows the orders_created index and stays stable while new orders arrive.
 */
export async function listOrders(
  db: Kysely<CentralDatabase>,
  query: OrderListQuery,
  cursors: OrderCursorCodec,
): Promise<OrderListAnswer> {
  const filters = {
    status: query.status,
    channel: query.channel,
    warehouse: query.warehouse,
    q: query.q,
  };
  const after = query.cursor ? cursors.decode(query.cursor, filters) : undefined;
  const text = query.q ? containsPattern(query.q) : undefined;
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('channels as c', 'c.id', 'o.channel_id')
    .leftJoin('customers as cu', 'cu.id', 'o.customer_id')
    .select([
      'o.id',
      'o.number',
      'c.code as channel',
      'o.external_id',
      'o.status',
      'o.customer_email',
      sql<string>`coalesce(cu.name, o.ship_to->>'name', '')`.as('customer_name'),
      sql<string>`o.ship_to->>'country'`.as('ship_country'),
      'o.currency',
      'o.total_minor',
      'o.placed_at',
      'o.created_at',
      'o.updated_at',
      // Full microseconds: a JavaScript Date would round them and the next page could skip a row.
      sql<string>`to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'created_key',
      ),
    ])
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      if (query.status) all.push(eb('o.status', '=', query.status));
      if (query.channel) all.push(eb('c.code', '=', query.channel));
      if (query.warehouse) {
        all.push(
          eb.exists(
            eb
              .selectFrom('fulfilments as f')
              .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
              .select('f.id')
              .whereRef('f.order_id', '=', 'o.id')
              .where('w.code', '=', query.warehouse),
          ),
        );
      }
      if (text) {
        all.push(
          eb.or([
            eb('o.number', 'ilike', text),
            eb('o.external_id', 'ilike', text),
            eb('o.customer_email', 'ilike', text),
            eb('cu.name', 'ilike', text),
            eb(sql<string>`o.ship_to->>'name'`, 'ilike', text),
          ]),
        );
      }
      if (after) {
        all.push(
          sql<SqlBool>`(o.created_at, o.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`,
        );
      }
      return eb.and(all);
    })
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(query.limit + 1)
    .execute();

  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    orders: page.map((r) => ({
      id: r.id,
      number: r.number,
      channel: r.channel,
      externalId: r.external_id,
      status: orderStatusOf(r.status),
      customer: { email: r.customer_email, name: r.customer_name },
      shipCountry: r.ship_country,
      total: moneyOf(r.total_minor, r.currency),
      placedAt: isoOf(r.placed_at),
      createdAt: isoOf(r.created_at),
      updatedAt: isoOf(r.updated_at),
    })),
    nextCursor:
      rows.length > query.limit && last
        ? cursors.encode({ createdAt: last.created_key, id: last.id }, filters)
        : null,
  };
}
