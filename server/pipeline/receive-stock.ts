import type { Kysely } from 'kysely';
import type { BackorderFill, StockReceipt } from '../../shared/api/stock-receipt';
import type { CentralDatabase } from '../db/schema';
import { allocateBackorders } from './allocate-backorders';
import { newId, nowIso } from './ids';
import { inTransaction } from './in-transaction';
import { recordEvent } from './order-events';
import { receiveAgainstPurchaseOrder } from './purchase-order-receipt';
import { resolveStockReferences } from './stock-references';
import { lockProductStock } from './product-stock-lock';

export interface ReceiptOutcome {
  receiptId: string;
  warehouse: string;
  bin: string | null;
  purchaseOrder: { number: string; status: string } | null;
  reference: string;
  lines: { sku: string; quantity: number }[];
  receivedAt: string;
  actor: string;
  backorders: BackorderFill[];
}

/**
 * Books a goods receipt in one transaction: a ledger row per line, the purchase order's
 * received quantities, then the new stock goes to backordered orders, oldest first.
 */
export async function receiveStock(
  db: Kysely<CentralDatabase>,
  receipt: StockReceipt,
  actor: string,
): Promise<ReceiptOutcome> {
  return inTransaction(db, async (trx) => {
    const refs = await resolveStockReferences(trx, {
      warehouse: receipt.warehouse,
      bin: receipt.bin,
      skus: receipt.lines.map((l, i) => ({ sku: l.sku, path: `lines.${i}.sku` })),
    });
    const lines = receipt.lines.map((l, i) => ({
      ...l,
      productId: refs.productBySku.get(l.sku) ?? '',
      path: `lines.${i}.sku`,
    }));
    const productIds = [...new Set(lines.map((l) => l.productId))];
    await lockProductStock(trx, productIds);

    const at = nowIso();
    const receiptId = newId();
    const purchaseOrder = receipt.purchaseOrder
      ? await receiveAgainstPurchaseOrder(trx, {
          number: receipt.purchaseOrder,
          warehouse: refs.warehouse,
          lines,
          actor,
          at,
          reference: receipt.reference,
        })
      : null;
    await trx
      .insertInto('stock_movements')
      .values(
        lines.map((l) => ({
          id: newId(),
          warehouse_id: refs.warehouse.id,
          bin_id: refs.bin?.id ?? null,
          product_id: l.productId,
          quantity: l.quantity,
          reason: 'receipt',
          reference: receipt.reference,
          actor,
          created_at: at,
        })),
      )
      .execute();
    const summary = receipt.lines.map((l) => ({ sku: l.sku, quantity: l.quantity }));
    await recordEvent(trx, {
      entityType: 'stock_receipt',
      entityId: receiptId,
      kind: 'stock.received',
      actor,
      at,
      data: {
        warehouse: refs.warehouse.code,
        bin: refs.bin?.code ?? null,
        purchaseOrder: purchaseOrder?.number ?? null,
        reference: receipt.reference,
        lines: summary,
      },
    });
    const backorders = await allocateBackorders(
      trx,
      refs.warehouse,
      productIds,
      at,
      `receipt ${receipt.reference} at ${refs.warehouse.code}`,
    );
    return {
      receiptId,
      warehouse: refs.warehouse.code,
      bin: refs.bin?.code ?? null,
      purchaseOrder,
      reference: receipt.reference,
      lines: summary,
      receivedAt: at,
      actor,
      backorders,
    };
  });
}
