import type BetterSqlite3 from 'better-sqlite3';
import type { BinStockRow, InventoryProduct } from '../../../../shared/contract';
import { stockFilterWhere, syncedStockFrom } from './stock-filter';
import type { StockFilter } from './stock-filter';

interface StockRow {
  bin_id: string;
  bin_code: string;
  pick_sequence: number;
  product_id: string;
  sku: string;
  name: string;
  gtin: string | null;
  synced: number;
}

const COLUMNS = `b.id AS bin_id, b.code AS bin_code, b.pick_sequence, p.id AS product_id, p.sku,
  p.name, p.gtin`;

/**
 * Stock by bin in one warehouse: the synced counts with this station's pending changes on top,
 * plus bins that hold a product only because of a pending change. Ordered as a picker walks
 * (pick sequence), then by SKU. Returns at most `limit` rows and whether more matched.
 */
export function queryBinStock(
  sqlite: BetterSqlite3.Database,
  warehouseId: string,
  filter: StockFilter,
  limit: number,
  matchedBarcode: InventoryProduct['matchedBarcode'] = null,
): { rows: BinStockRow[]; truncated: boolean } {
  const from = syncedStockFrom(filter);
  const syncedWhere = stockFilterWhere(from.rest, 'bs');
  const synced = sqlite
    .prepare<unknown[], StockRow>(
      `SELECT ${COLUMNS}, bs.on_hand AS synced
       FROM ${from.sql}
       WHERE b.warehouse_id = ? AND ${syncedWhere.sql}
       ORDER BY b.pick_sequence, p.sku, b.code
       LIMIT ?`,
    )
    .all(...from.params, warehouseId, ...syncedWhere.params, limit + 1);
  const overlayWhere = stockFilterWhere(filter, 'o');
  const overlayOnly = sqlite
    .prepare<unknown[], StockRow>(
      `SELECT ${COLUMNS}, 0 AS synced
       FROM (SELECT DISTINCT bin_id, product_id FROM stock_overlay WHERE warehouse_id = ?) o
       CROSS JOIN synced_bins b ON b.id = o.bin_id
       CROSS JOIN synced_products p ON p.id = o.product_id
       WHERE b.warehouse_id = ? AND ${overlayWhere.sql}
         AND NOT EXISTS (SELECT 1 FROM synced_bin_stock bs
                         WHERE bs.bin_id = o.bin_id AND bs.product_id = o.product_id)`,
    )
    .all(warehouseId, warehouseId, ...overlayWhere.params);
  const pendingOf = pendingReader(sqlite);
  const merged = [...synced, ...overlayOnly].sort(byWalkOrder);
  return {
    rows: merged.slice(0, limit).map((row) => {
      const pendingDelta = pendingOf(row.bin_id, row.product_id);
      return {
        binId: row.bin_id,
        binCode: row.bin_code,
        pickSequence: row.pick_sequence,
        product: {
          id: row.product_id,
          sku: row.sku,
          name: row.name,
          gtin: row.gtin,
          matchedBarcode,
        },
        syncedOnHand: row.synced,
        pendingDelta,
        onHand: row.synced + pendingDelta,
      };
    }),
    truncated: merged.length > limit,
  };
}

/**
 * The pending change of each row shown, one indexed lookup each. Summing the whole overlay
 * instead grows with every change made offline: 10,000 waiting changes made each new count ten
 * times slower.
 */
function pendingReader(
  sqlite: BetterSqlite3.Database,
): (binId: string, productId: string) => number {
  const statement = sqlite.prepare<[string, string], { pending: number }>(
    `SELECT COALESCE(SUM(delta), 0) AS pending FROM stock_overlay
     WHERE bin_id = ? AND product_id = ?`,
  );
  return (binId, productId) => statement.get(binId, productId)?.pending ?? 0;
}

function byWalkOrder(a: StockRow, b: StockRow): number {
  return (
    a.pick_sequence - b.pick_sequence || compare(a.sku, b.sku) || compare(a.bin_code, b.bin_code)
  );
}

/** Code-unit order, as SQLite's default collation sorts. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
