import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';

type Trx = Transaction<CentralDatabase>;

/** Where one fulfilment line stands on the floor, from the records, never from a counter. */
export interface LineProgress {
  id: string;
  orderLineId: string;
  productId: string;
  sku: string;
  quantity: number;
  /** Units short-picked and sent to backorder: the line no longer owes them. */
  backordered: number;
  /** quantity − backordered: what the line still has to deliver. */
  need: number;
  /** Units in live (not reversed) picks. */
  picked: number;
  /** Units in closed parcels. */
  packed: number;
}

/**
 * Row-locks lines of a fulfilment (all of them, or those named) until the transaction ends.
 * Take it before reading progress: under READ COMMITTED the next statement then sees whatever
 * a competing station committed while this one waited, so two picks of the last units queue
 * and the second one counts the first.
 */
export async function lockFulfilmentLines(
  trx: Trx,
  fulfilmentId: string,
  lineIds?: readonly string[],
): Promise<void> {
  if (lineIds?.length === 0) return;
  await trx
    .selectFrom('fulfilment_lines')
    .select('id')
    .where('fulfilment_id', '=', fulfilmentId)
    .$if(lineIds !== undefined, (q) => q.where('id', 'in', [...(lineIds ?? [])]))
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Need, picked and packed of every line of a fulfilment, by line id. */
export async function fulfilmentProgress(
  trx: Trx,
  fulfilmentId: string,
): Promise<Map<string, LineProgress>> {
  const { rows } = await sql<{
    id: string;
    order_line_id: string;
    product_id: string;
    sku: string;
    quantity: number;
    backordered: number;
    picked: number;
    packed: number;
  }>`
    SELECT l.id, l.order_line_id, l.product_id, p.sku, l.quantity,
           coalesce((SELECT sum(s.quantity) FROM short_picks s
                      WHERE s.fulfilment_line_id = l.id AND s.resolution = 'backorder'), 0)::int
             AS backordered,
           coalesce((SELECT sum(k.quantity) FROM picks k
                      WHERE k.fulfilment_line_id = l.id AND k.reversed_at IS NULL), 0)::int
             AS picked,
           coalesce((SELECT sum((i ->> 'quantity')::int)
                       FROM parcels pa, jsonb_array_elements(pa.items) i
                      WHERE pa.fulfilment_id = l.fulfilment_id
                        AND i ->> 'fulfilmentLineId' = l.id::text), 0)::int
             AS packed
      FROM fulfilment_lines l
      JOIN products p ON p.id = l.product_id
     WHERE l.fulfilment_id = ${fulfilmentId}::uuid
     ORDER BY l.id`.execute(trx);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        orderLineId: r.order_line_id,
        productId: r.product_id,
        sku: r.sku,
        quantity: r.quantity,
        backordered: r.backordered,
        need: r.quantity - r.backordered,
        picked: r.picked,
        packed: r.packed,
      },
    ]),
  );
}

/** "1 unit", "3 units": the floor counts units. */
export function units(n: number): string {
  return `${n} unit${n === 1 ? '' : 's'}`;
}
