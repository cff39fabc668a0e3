import type { Transaction } from 'kysely';
import type { BackorderFill } from '../../shared/api/stock-receipt';
import type { CentralDatabase } from '../db/schema';
import { allocateBackorders } from './allocate-backorders';

/**
 * Units released reservations free go to orders already waiting for them, warehouse by
 * warehouse, as a receipt's would. The caller holds the products' stock locks.
 */
export async function passOnFreedUnits(
  trx: Transaction<CentralDatabase>,
  released: readonly { warehouse_id: string; product_id: string }[],
  at: string,
  cause: string,
): Promise<BackorderFill[]> {
  const byWarehouse = new Map<string, Set<string>>();
  for (const r of released) {
    byWarehouse.set(
      r.warehouse_id,
      (byWarehouse.get(r.warehouse_id) ?? new Set()).add(r.product_id),
    );
  }
  if (byWarehouse.size === 0) return [];
  const warehouses = await trx
    .selectFrom('warehouses')
    .select(['id', 'code'])
    .where('id', 'in', [...byWarehouse.keys()])
    .orderBy('id')
    .execute();
  const fills: BackorderFill[] = [];
  for (const warehouse of warehouses) {
    const products = [...(byWarehouse.get(warehouse.id) ?? [])];
    fills.push(...(await allocateBackorders(trx, warehouse, products, at, cause)));
  }
  return fills;
}
