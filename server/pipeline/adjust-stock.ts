import type { Kysely } from 'kysely';
import type { StockAdjustment, StockAdjustmentAnswer } from '../../shared/api/stock-adjustment';
import type { CentralDatabase } from '../db/schema';
import { applyBinAdjustment } from './bin-adjustment';
import { inTransaction } from './in-transaction';
import { resolveStockReferences } from './stock-references';

/**
 * A head-office correction of one bin's count, named by codes: resolves them, then applies the
 * same checked adjustment a station's stock.adjust mutation does.
 */
export async function adjustStock(
  db: Kysely<CentralDatabase>,
  adjustment: StockAdjustment,
  actor: string,
): Promise<StockAdjustmentAnswer> {
  return inTransaction(db, async (trx) => {
    const refs = await resolveStockReferences(trx, {
      warehouse: adjustment.warehouse,
      bin: adjustment.bin,
      skus: [{ sku: adjustment.sku, path: 'sku' }],
    });
    const { warehouse, bin } = refs;
    const productId = refs.productBySku.get(adjustment.sku);
    if (!bin || !productId) throw new Error('resolveStockReferences returned without a bin or SKU');
    const reference = adjustment.reference ?? '';
    const result = await applyBinAdjustment(trx, {
      warehouse,
      bin,
      product: { id: productId, sku: adjustment.sku },
      quantity: adjustment.quantity,
      ledgerReason: 'adjustment',
      reference,
      why: adjustment.reason,
      actor,
    });
    const after = await trx
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('warehouse_id', '=', warehouse.id)
      .where('product_id', '=', productId)
      .executeTakeFirstOrThrow();
    return {
      movement: {
        id: result.movementId,
        warehouse: warehouse.code,
        bin: bin.code,
        sku: adjustment.sku,
        quantity: adjustment.quantity,
        reason: adjustment.reason,
        reference,
        actor,
        at: result.at,
      },
      level: {
        warehouse: warehouse.code,
        sku: adjustment.sku,
        onHand: after.on_hand,
        reserved: after.reserved,
        available: after.on_hand - after.reserved,
      },
      binOnHand: result.binOnHand,
      backorders: result.backorders,
    };
  });
}
