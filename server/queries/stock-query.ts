import type { Kysely } from 'kysely';
import type { StockAnswer, StockQuery } from '../../shared/api/stock-read';
import type { CentralDatabase } from '../db/schema';

/** Stock by bin (what lies where) and by warehouse (on hand, reserved, available). */
export async function stockOverview(
  db: Kysely<CentralDatabase>,
  query: StockQuery,
): Promise<StockAnswer> {
  const bins = await db
    .selectFrom('bin_stock as bs')
    .innerJoin('bins as b', 'b.id', 'bs.bin_id')
    .innerJoin('warehouses as w', 'w.id', 'b.warehouse_id')
    .innerJoin('products as p', 'p.id', 'bs.product_id')
    .select(['w.code as warehouse', 'b.code as bin', 'p.sku', 'bs.on_hand'])
    .where('bs.on_hand', '<>', 0)
    .where((eb) =>
      eb.and([
        ...(query.warehouse ? [eb('w.code', '=', query.warehouse)] : []),
        ...(query.bin ? [eb('b.code', '=', query.bin)] : []),
        ...(query.sku ? [eb('p.sku', '=', query.sku)] : []),
      ]),
    )
    .orderBy('w.code')
    .orderBy('b.pick_sequence')
    .orderBy('b.code')
    .orderBy('p.sku')
    .execute();
  const levels = await db
    .selectFrom('stock_levels as sl')
    .innerJoin('warehouses as w', 'w.id', 'sl.warehouse_id')
    .innerJoin('products as p', 'p.id', 'sl.product_id')
    .select(['w.code as warehouse', 'p.sku', 'sl.on_hand', 'sl.reserved'])
    .where((eb) =>
      eb.and([
        ...(query.warehouse ? [eb('w.code', '=', query.warehouse)] : []),
        ...(query.sku ? [eb('p.sku', '=', query.sku)] : []),
      ]),
    )
    .orderBy('w.code')
    .orderBy('p.sku')
    .execute();
  return {
    bins: bins.map((b) => ({ warehouse: b.warehouse, bin: b.bin, sku: b.sku, onHand: b.on_hand })),
    levels: levels.map((l) => ({
      warehouse: l.warehouse,
      sku: l.sku,
      onHand: l.on_hand,
      reserved: l.reserved,
      available: l.on_hand - l.reserved,
    })),
  };
}
