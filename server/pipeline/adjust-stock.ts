import type { Kysely } from 'kysely';
import type { StockAdjustment, StockAdjustmentAnswer } from '../../shared/api/stock-adjustment';
import type { CentralDatabase } from '../db/schema';
import { allocateBackorders } from './allocate-backorders';
import { newId, nowIso } from './ids';
import { inTransaction } from './in-transaction';
import { recordEvent } from './order-events';
import { PipelineError } from './pipeline-error';
import { resolveStockReferences } from './stock-references';
import { lockProductStock } from './product-stock-lock';

/**
 * Corrects one bin's count with a single ledger row. Removing more than the bin holds, or
 * more than is free of reservations in the warehouse, is refused before anything is written.
 * The person's reason is kept as an event on the movement, next to the ledger row. Units found
 * go to orders waiting for them, as a receipt's would.
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
    await lockProductStock(trx, [productId]);
    const level = await trx
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('warehouse_id', '=', warehouse.id)
      .where('product_id', '=', productId)
      .executeTakeFirst();
    const inBin = await trx
      .selectFrom('bin_stock')
      .select('on_hand')
      .where('bin_id', '=', bin.id)
      .where('product_id', '=', productId)
      .executeTakeFirst();
    const onHand = level?.on_hand ?? 0;
    const reserved = level?.reserved ?? 0;
    const binOnHand = inBin?.on_hand ?? 0;
    const removing = -adjustment.quantity;
    const what = `${adjustment.sku} in ${warehouse.code}`;
    if (removing > binOnHand) {
      throw new PipelineError(
        'INSUFFICIENT_STOCK',
        `Bin ${bin.code} holds ${binOnHand} of ${what}; ${removing} cannot be taken out. Count the bin again, or adjust the bin the goods are really in.`,
      );
    }
    if (removing > onHand - reserved) {
      throw new PipelineError(
        'INSUFFICIENT_STOCK',
        `${warehouse.code} has ${onHand} of ${adjustment.sku} and ${reserved} of them are reserved for orders, so at most ${Math.max(0, onHand - reserved)} can be removed. Cancel or reallocate those orders first.`,
      );
    }

    const at = nowIso();
    const id = newId();
    const reference = adjustment.reference ?? '';
    await trx
      .insertInto('stock_movements')
      .values({
        id,
        warehouse_id: warehouse.id,
        bin_id: bin.id,
        product_id: productId,
        quantity: adjustment.quantity,
        reason: 'adjustment',
        reference,
        actor,
        created_at: at,
      })
      .execute();
    await recordEvent(trx, {
      entityType: 'stock_movement',
      entityId: id,
      kind: 'stock.adjusted',
      actor,
      at,
      reason: adjustment.reason,
      data: {
        warehouse: warehouse.code,
        bin: bin.code,
        sku: adjustment.sku,
        quantity: adjustment.quantity,
        reference,
      },
    });
    const backorders =
      adjustment.quantity > 0
        ? await allocateBackorders(
            trx,
            warehouse,
            [productId],
            at,
            `${adjustment.quantity} found in ${warehouse.code} ${bin.code}: ${adjustment.reason}`,
          )
        : [];
    const after = await trx
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('warehouse_id', '=', warehouse.id)
      .where('product_id', '=', productId)
      .executeTakeFirstOrThrow();
    return {
      movement: {
        id,
        warehouse: warehouse.code,
        bin: bin.code,
        sku: adjustment.sku,
        quantity: adjustment.quantity,
        reason: adjustment.reason,
        reference,
        actor,
        at,
      },
      level: {
        warehouse: warehouse.code,
        sku: adjustment.sku,
        onHand: after.on_hand,
        reserved: after.reserved,
        available: after.on_hand - after.reserved,
      },
      binOnHand: binOnHand + adjustment.quantity,
      backorders,
    };
  });
}
