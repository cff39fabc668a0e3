import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { lockStockLevels } from './stock-locks';
import type { LockedLevel } from './stock-locks';

/**
 * The first lock of every path that hands out stock it did not just capture for (receipts,
 * adjustments, cancellations, released holds): the products' own rows, then their stock levels.
 *
 * Products rows always exist; stock_levels rows do not (a first receipt into a warehouse creates
 * one), and a lock set read from stock_levels misses a row another transaction is creating and
 * then takes it later, out of order — a receipt and a cancellation deadlocked that way. FOR NO KEY
 * UPDATE leaves the foreign-key checks of captures (KEY SHARE) unblocked.
 */
export async function lockProductStock(
  trx: Transaction<CentralDatabase>,
  productIds: readonly string[],
): Promise<LockedLevel[]> {
  const ids = [...new Set(productIds)].sort();
  if (ids.length === 0) return [];
  await trx
    .selectFrom('products')
    .select('id')
    .where('id', 'in', ids)
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
  return lockStockLevels(trx, ids);
}
