import type { Insertable, Kysely } from 'kysely';
import type { CentralDatabase } from '../../server/db/schema';

type Db = Kysely<CentralDatabase>;

const BATCH = 500;

/**
 * The floor under ingest: the very order and line rows the pipeline stored, written into a
 * database with the same schema and catalogue by plain multi-row INSERTs, 500 orders (and their
 * lines) per statement pair and transaction — no validation, reservation or allocation.
 */
export async function plainInsertBaseline(
  source: Db,
  target: Db,
  externalIdPrefix: string,
): Promise<{ orders: number; lines: number; elapsedMs: number }> {
  const orders = await source
    .selectFrom('orders')
    .selectAll()
    .where('external_id', 'like', `${externalIdPrefix}-%`)
    .orderBy('number')
    .execute();
  const ids = orders.map((o) => o.id);
  const lines =
    ids.length === 0
      ? []
      : await source.selectFrom('order_lines').selectAll().where('order_id', 'in', ids).execute();
  const customerIds = [...new Set(orders.flatMap((o) => (o.customer_id ? [o.customer_id] : [])))];
  // Customers are the pipeline's side effect, not part of the orders: copied before the clock runs.
  for (let i = 0; i < customerIds.length; i += BATCH) {
    const customers = await source
      .selectFrom('customers')
      .selectAll()
      .where('id', 'in', customerIds.slice(i, i + BATCH))
      .execute();
    await target.insertInto('customers').values(customers).execute();
  }
  const orderRows: Insertable<CentralDatabase['orders']>[] = orders.map((o) => ({
    ...o,
    ship_to: JSON.stringify(o.ship_to),
    bill_to: o.bill_to === null ? null : JSON.stringify(o.bill_to),
    hold_reasons: JSON.stringify(o.hold_reasons),
  }));
  const linesByOrder = new Map<string, typeof lines>();
  for (const line of lines) {
    const list = linesByOrder.get(line.order_id) ?? [];
    list.push(line);
    linesByOrder.set(line.order_id, list);
  }

  const started = process.hrtime.bigint();
  for (let i = 0; i < orderRows.length; i += BATCH) {
    const batch = orderRows.slice(i, i + BATCH);
    const batchLines = batch.flatMap((o) => linesByOrder.get(o.id) ?? []);
    await target.transaction().execute(async (trx) => {
      await trx.insertInto('orders').values(batch).execute();
      if (batchLines.length > 0) await trx.insertInto('order_lines').values(batchLines).execute();
    });
  }
  return {
    orders: orderRows.length,
    lines: lines.length,
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
  };
}
