import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { stockAdjust } from '../../../shared/mutations';
import type { StockAdjustPayload } from '../../../shared/mutations';
import type { StationDatabase } from '../db/schema';
import type { EffectContext, MutationEffect, PreparedEffect } from './mutation-effect';

interface BinRow {
  code: string;
  warehouse_id: string;
}

interface ProductRow {
  sku: string;
}

interface OnHandRow {
  synced: number;
  pending: number;
}

/**
 * A stock adjustment shows at once as a delta on the bin (and so on the warehouse's level) in
 * `stock_overlay`; the head office's change reaches both `bin_stock` and `stock_levels`.
 */
export const stockAdjustEffect: MutationEffect<'stock.adjust'> = {
  parse: (raw) => stockAdjust.payload.safeParse(raw),
  describe: (payload) => stockAdjust.describe(payload),
  confirmedBy: ['bin_stock', 'stock_levels'],
  prepare,
};

async function prepare(
  db: Kysely<StationDatabase>,
  payload: StockAdjustPayload,
  context: EffectContext,
): Promise<PreparedEffect> {
  const bin = (
    await sql<BinRow>`SELECT code, warehouse_id FROM synced_bins WHERE id = ${payload.binId}`.execute(
      db,
    )
  ).rows[0];
  if (!bin) {
    throw new WharfError(
      'NOT_FOUND',
      'This station does not know that bin yet. Scan the bin label again, or wait until the ' +
        'Sync screen shows bins as live.',
    );
  }
  if (bin.warehouse_id !== context.warehouseId || payload.warehouseId !== context.warehouseId) {
    throw new WharfError(
      'BAD_REQUEST',
      `Bin ${bin.code} belongs to another warehouse; this station only changes stock in its own.`,
    );
  }
  const product = (
    await sql<ProductRow>`SELECT sku FROM synced_products WHERE id = ${payload.productId}`.execute(
      db,
    )
  ).rows[0];
  if (!product) {
    throw new WharfError(
      'NOT_FOUND',
      'This station does not know that product yet. Scan it again, or wait until the Sync ' +
        'screen shows products as live.',
    );
  }
  const subject = `${product.sku} in ${bin.code}`;
  return {
    subject,
    async apply(trx, mutationId) {
      if (payload.delta < 0) {
        const onHand = await readOnHand(trx, payload.binId, payload.productId);
        if (onHand + payload.delta < 0) {
          throw new WharfError(
            'CONFLICT',
            `Bin ${bin.code} shows ${onHand} of ${product.sku}; you cannot remove ${-payload.delta}`,
          );
        }
      }
      await sql`
        INSERT INTO stock_overlay (mutation_id, warehouse_id, bin_id, product_id, delta)
        VALUES (${mutationId}, ${payload.warehouseId}, ${payload.binId}, ${payload.productId},
                ${payload.delta})`.execute(trx);
    },
  };
}

/** What the floor sees in the bin: the synced count plus this station's pending changes. */
async function readOnHand(
  trx: Transaction<StationDatabase>,
  binId: string,
  productId: string,
): Promise<number> {
  const row = (
    await sql<OnHandRow>`
      SELECT
        COALESCE((SELECT on_hand FROM synced_bin_stock
                  WHERE bin_id = ${binId} AND product_id = ${productId}), 0) AS synced,
        COALESCE((SELECT SUM(delta) FROM stock_overlay
                  WHERE bin_id = ${binId} AND product_id = ${productId}), 0) AS pending`.execute(
      trx,
    )
  ).rows[0];
  return (row?.synced ?? 0) + (row?.pending ?? 0);
}
