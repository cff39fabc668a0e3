import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from './pipeline-error';
import { recordStatusChange } from './status-events';

export interface ReceivedLine {
  productId: string;
  sku: string;
  quantity: number;
  /** Where the line is in the request, for errors. */
  path: string;
}

/**
 * Books received units against a purchase order's lines and moves its status on (open →
 * partially received → received). Units beyond what was ordered are accepted: the goods are here.
 */
export async function receiveAgainstPurchaseOrder(
  trx: Transaction<CentralDatabase>,
  receipt: {
    number: string;
    warehouse: { id: string; code: string };
    lines: readonly ReceivedLine[];
    actor: string;
    at: string;
    reference: string;
  },
): Promise<{ number: string; status: string }> {
  const po = await trx
    .selectFrom('purchase_orders as po')
    .innerJoin('warehouses as w', 'w.id', 'po.warehouse_id')
    .select(['po.id', 'po.number', 'po.status', 'po.warehouse_id', 'w.code as warehouse'])
    .where('po.number', '=', receipt.number)
    .forUpdate('po')
    .executeTakeFirst();
  if (!po) {
    throw new PipelineError('BAD_REQUEST', 'The purchase order is not known; nothing was changed', [
      { path: 'purchaseOrder', message: `There is no purchase order ${receipt.number}` },
    ]);
  }
  if (po.warehouse_id !== receipt.warehouse.id) {
    throw new PipelineError('BAD_REQUEST', 'The purchase order is for another warehouse', [
      {
        path: 'purchaseOrder',
        message: `Purchase order ${po.number} is due at ${po.warehouse}, not ${receipt.warehouse.code}`,
      },
    ]);
  }
  if (po.status === 'received' || po.status === 'cancelled') {
    throw new PipelineError(
      'CONFLICT',
      `Purchase order ${po.number} is ${po.status}; receive these goods without a purchase order, or against an open one.`,
    );
  }
  const poLines = await trx
    .selectFrom('purchase_order_lines')
    .select(['id', 'product_id', 'quantity_ordered', 'quantity_received'])
    .where('purchase_order_id', '=', po.id)
    .forUpdate()
    .execute();
  const notOrdered = receipt.lines.filter(
    (l) => !poLines.some((p) => p.product_id === l.productId),
  );
  if (notOrdered.length > 0) {
    throw new PipelineError(
      'BAD_REQUEST',
      `Some goods are not on purchase order ${po.number}; receive them separately`,
      notOrdered.map((l) => ({
        path: l.path,
        message: `SKU ${l.sku} is not on purchase order ${po.number}`,
      })),
    );
  }

  let allIn = true;
  let anyIn = false;
  for (const line of poLines) {
    const arrived = receipt.lines
      .filter((l) => l.productId === line.product_id)
      .reduce((sum, l) => sum + l.quantity, 0);
    const received = line.quantity_received + arrived;
    if (arrived > 0) {
      await trx
        .updateTable('purchase_order_lines')
        .set({ quantity_received: received })
        .where('id', '=', line.id)
        .execute();
    }
    allIn &&= received >= line.quantity_ordered;
    anyIn ||= received > 0;
  }
  const status = allIn ? 'received' : anyIn ? 'partially_received' : 'open';
  if (status !== po.status) {
    await trx.updateTable('purchase_orders').set({ status }).where('id', '=', po.id).execute();
    await recordStatusChange(trx, {
      entityType: 'purchase_order',
      entityId: po.id,
      kind: 'purchase_order.status_changed',
      from: po.status,
      to: status,
      actor: receipt.actor,
      at: receipt.at,
      data: { reference: receipt.reference },
    });
  }
  return { number: po.number, status };
}
