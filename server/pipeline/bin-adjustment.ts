import type { Transaction } from 'kysely';
import type { BackorderFill } from '../../shared/api/stock-receipt';
import type { CentralDatabase } from '../db/schema';
import { allocateBackorders } from './allocate-backorders';
import { newId, nowIso } from './ids';
import { recordEvent } from './order-events';
import { PipelineError } from './pipeline-error';
import { lockProductStock } from './product-stock-lock';

export interface BinAdjustment {
  warehouse: { id: string; code: string };
  bin: { id: string; code: string };
  product: { id: string; sku: string };
  /** Signed units: positive found, negative removed. */
  quantity: number;
  ledgerReason: 'adjustment' | 'cycle_count';
  reference: string;
  /** Why the count changed, in the person's words, for the event. */
  why: string;
  actor: string;
  station?: string;
  mutationId?: string;
  /** Extra facts for the event (the station's mutation id, what was counted). */
  eventData?: Record<string, unknown>;
}

export interface BinAdjustmentResult {
  movementId: string;
  at: string;
  binOnHand: number;
  backorders: BackorderFill[];
}

/**
 * Corrects one bin's count with a single ledger row, in the caller's transaction: whether it
 * came from a head-office request or a station's mutation. Removing more than the bin holds, or
 * more than is free of reservations in the warehouse, is refused before anything is written.
 * The reason is kept as an event on the movement; units found go to orders waiting for them.
 */
export async function applyBinAdjustment(
  trx: Transaction<CentralDatabase>,
  adjustment: BinAdjustment,
): Promise<BinAdjustmentResult> {
  const { warehouse, bin, product } = adjustment;
  await lockProductStock(trx, [product.id]);
  const level = await trx
    .selectFrom('stock_levels')
    .select(['on_hand', 'reserved'])
    .where('warehouse_id', '=', warehouse.id)
    .where('product_id', '=', product.id)
    .executeTakeFirst();
  const inBin = await trx
    .selectFrom('bin_stock')
    .select('on_hand')
    .where('bin_id', '=', bin.id)
    .where('product_id', '=', product.id)
    .executeTakeFirst();
  const onHand = level?.on_hand ?? 0;
  const reserved = level?.reserved ?? 0;
  const binOnHand = inBin?.on_hand ?? 0;
  const removing = -adjustment.quantity;
  if (removing > binOnHand) {
    throw new PipelineError(
      'INSUFFICIENT_STOCK',
      `Bin ${bin.code} holds ${binOnHand} of ${product.sku} in ${warehouse.code}; ${removing} cannot be taken out. Count the bin again, or adjust the bin the goods are really in.`,
    );
  }
  if (removing > onHand - reserved) {
    throw new PipelineError(
      'INSUFFICIENT_STOCK',
      `${warehouse.code} has ${onHand} of ${product.sku} and ${reserved} of them are reserved for orders, so at most ${Math.max(0, onHand - reserved)} can be removed. Cancel or reallocate those orders first.`,
    );
  }

  const at = nowIso();
  const movementId = newId();
  await trx
    .insertInto('stock_movements')
    .values({
      id: movementId,
      warehouse_id: warehouse.id,
      bin_id: bin.id,
      product_id: product.id,
      quantity: adjustment.quantity,
      reason: adjustment.ledgerReason,
      reference: adjustment.reference,
      actor: adjustment.actor,
      station: adjustment.station ?? null,
      mutation_id: adjustment.mutationId ?? null,
      created_at: at,
    })
    .execute();
  await recordEvent(trx, {
    entityType: 'stock_movement',
    entityId: movementId,
    kind: 'stock.adjusted',
    actor: adjustment.actor,
    at,
    reason: adjustment.why,
    data: {
      warehouse: warehouse.code,
      bin: bin.code,
      sku: product.sku,
      quantity: adjustment.quantity,
      reference: adjustment.reference,
      ...adjustment.eventData,
    },
  });
  const backorders =
    adjustment.quantity > 0
      ? await allocateBackorders(
          trx,
          warehouse,
          [product.id],
          at,
          `${adjustment.quantity} found in ${warehouse.code} ${bin.code}: ${adjustment.why}`,
        )
      : [];
  return { movementId, at, binOnHand: binOnHand + adjustment.quantity, backorders };
}
