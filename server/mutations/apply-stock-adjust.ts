import type { Transaction } from 'kysely';
import { STOCK_ADJUST_REASON_LABELS } from '../../shared/mutations';
import type { StockAdjustPayload } from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import { applyBinAdjustment } from '../pipeline/bin-adjustment';
import { PipelineError } from '../pipeline/pipeline-error';
import type { MutationApplier, MutationContext } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { requireStationWarehouse } from './station-warehouse';

/** stock.adjust: the same checked bin correction as POST /v1/stock/adjustments, by ids. */
export const applyStockAdjust: MutationApplier<'stock.adjust'> = {
  activity: 'stock counts',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const { bin, product } = await findBinAndProduct(trx, context, payload);
    try {
      await applyBinAdjustment(trx, {
        warehouse: { id: station.warehouseId, code: station.warehouseCode },
        bin,
        product,
        quantity: payload.delta,
        ledgerReason: payload.reason === 'cycle-count' ? 'cycle_count' : 'adjustment',
        reference: ledgerReference(payload),
        why: `${STOCK_ADJUST_REASON_LABELS[payload.reason]}${payload.note ? `: ${payload.note}` : ''}`,
        actor: context.person.name,
        station: station.name,
        mutationId: context.mutationId,
        eventData: {
          mutationId: context.mutationId,
          station: station.name,
          stockAdjustReason: payload.reason,
          ...(payload.countedQuantity === undefined
            ? {}
            : { countedQuantity: payload.countedQuantity }),
        },
      });
    } catch (error) {
      if (error instanceof PipelineError && error.code === 'INSUFFICIENT_STOCK') {
        throw new MutationRejection('INSUFFICIENT_STOCK', error.message);
      }
      throw error;
    }
  },
};

async function findBinAndProduct(
  trx: Transaction<CentralDatabase>,
  { station }: MutationContext,
  payload: StockAdjustPayload,
): Promise<{ bin: { id: string; code: string }; product: { id: string; sku: string } }> {
  const bin = await trx
    .selectFrom('bins')
    .select(['id', 'code'])
    .where('id', '=', payload.binId)
    .where('warehouse_id', '=', station.warehouseId)
    .executeTakeFirst();
  if (!bin) {
    throw new MutationRejection(
      'NOT_FOUND',
      `${station.warehouseCode} has no such bin at the head office (it may have been removed); scan the bin label again.`,
    );
  }
  const product = await trx
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('id', '=', payload.productId)
    .executeTakeFirst();
  if (!product) {
    throw new MutationRejection(
      'NOT_FOUND',
      'The head office does not know this product; scan the product again once the station has synced.',
    );
  }
  return { bin, product };
}

/** Short, for the ledger's reference column: "cycle-count; counted 12; shelf was wet". */
function ledgerReference(payload: StockAdjustPayload): string {
  const parts: string[] = [payload.reason];
  if (payload.countedQuantity !== undefined) parts.push(`counted ${payload.countedQuantity}`);
  if (payload.note) parts.push(payload.note);
  return parts.join('; ');
}
