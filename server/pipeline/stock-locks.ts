import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';

export interface LockedLevel {
  warehouseId: string;
  productId: string;
  onHand: number;
  reserved: number;
}

/**
 * Row-locks the stock levels of these products in every warehouse until the transaction ends.
 * Always in (warehouse, product) order: two orders wanting the same products then queue behind
 * each other instead of deadlocking.
 */
export async function lockStockLevels(
  trx: Transaction<CentralDatabase>,
  productIds: readonly string[],
): Promise<LockedLevel[]> {
  if (productIds.length === 0) return [];
  const rows = await trx
    .selectFrom('stock_levels')
    .select(['warehouse_id', 'product_id', 'on_hand', 'reserved'])
    .where('product_id', 'in', [...new Set(productIds)])
    .orderBy('warehouse_id')
    .orderBy('product_id')
    .forUpdate()
    .execute();
  return rows.map((r) => ({
    warehouseId: r.warehouse_id,
    productId: r.product_id,
    onHand: r.on_hand,
    reserved: r.reserved,
  }));
}
