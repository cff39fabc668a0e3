import type { Kysely } from 'kysely';
import { transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { allocateOrder } from './allocate-order';
import { nowIso } from './ids';
import { inTransaction } from './in-transaction';
import { applyOrderTransition } from './order-events';
import { lockOrder } from './order-lock';
import { PipelineError } from './pipeline-error';
import { lockProductStock } from './product-stock-lock';

export interface ReleaseHoldOutcome {
  orderId: string;
  number: string;
  status: OrderStatus;
  fulfilments: { id: string; number: string; warehouse: string }[];
  backorderedUnits: number;
}

/**
 * A person checked what the rules flagged: the order is confirmed and allocated in the same
 * transaction. Lines captured with a SKU the catalogue did not know are linked to the product if
 * it has been added since; if any still has none, the hold stays and the SKUs are named.
 */
export async function releaseHold(
  db: Kysely<CentralDatabase>,
  orderId: string,
  actor: string,
  reason: string,
): Promise<ReleaseHoldOutcome> {
  return inTransaction(db, async (trx) => {
    const lines = await trx
      .selectFrom('order_lines')
      .select(['id', 'line_no', 'sku', 'product_id'])
      .where('order_id', '=', orderId)
      .orderBy('line_no')
      .execute();
    const unlinked = lines.filter((l) => l.product_id === null);
    const found =
      unlinked.length === 0
        ? []
        : await trx
            .selectFrom('products')
            .select(['id', 'sku'])
            .where(
              'sku',
              'in',
              unlinked.map((l) => l.sku),
            )
            .execute();
    const productBySku = new Map(found.map((p) => [p.sku, p.id]));
    await lockProductStock(trx, [
      ...lines.flatMap((l) => (l.product_id ? [l.product_id] : [])),
      ...found.map((p) => p.id),
    ]);
    const order = await lockOrder(trx, orderId);
    const at = nowIso();
    const confirmed = transition(order, 'confirmed', { actor, reason, at });

    const missing = unlinked.filter((l) => !productBySku.has(l.sku));
    if (missing.length > 0) {
      const skus = [...new Set(missing.map((l) => l.sku))];
      throw new PipelineError(
        'CONFLICT',
        `Order ${order.number} stays on hold: SKU ${skus.join(', ')} ${skus.length === 1 ? 'is' : 'are'} ` +
          'not in the catalogue. Add the product(s) and release again, or cancel the order.',
        missing.map((l) => ({
          path: `lines.${l.line_no - 1}.sku`,
          message: `No product has SKU ${l.sku}`,
        })),
      );
    }
    for (const line of unlinked) {
      await trx
        .updateTable('order_lines')
        .set({ product_id: productBySku.get(line.sku) ?? null })
        .where('id', '=', line.id)
        .execute();
    }
    // The held reasons stay in the on_hold event; the order itself is no longer held.
    await trx.updateTable('orders').set({ hold_reasons: '[]' }).where('id', '=', orderId).execute();
    await applyOrderTransition(trx, orderId, confirmed, {
      linkedSkus: unlinked.map((l) => l.sku),
    });
    const outcome = await allocateOrder(trx, { ...order, status: 'confirmed' }, 'allocation', at);
    const fulfilments =
      outcome.fulfilmentIds.length === 0
        ? []
        : await trx
            .selectFrom('fulfilments as f')
            .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
            .select(['f.id', 'f.number', 'w.code as warehouse'])
            .where('f.id', 'in', outcome.fulfilmentIds)
            .orderBy('f.number')
            .execute();
    return {
      orderId,
      number: order.number,
      status: outcome.status,
      fulfilments,
      backorderedUnits: outcome.backorderedUnits,
    };
  });
}
