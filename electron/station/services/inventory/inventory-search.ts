import type BetterSqlite3 from 'better-sqlite3';
import type { InventoryList, InventoryProduct } from '../../../../shared/contract';
import { likePattern } from './stock-filter';
import type { StockFilter } from './stock-filter';

export interface ResolvedSearch {
  exactMatch: InventoryList['exactMatch'];
  filter: StockFilter;
  matchedBarcode: InventoryProduct['matchedBarcode'];
}

/**
 * What a clerk typed or scanned, in the order a scan is most likely meant: a barcode, a SKU, a
 * bin label; anything else is part of a SKU or a product name.
 */
export function resolveSearch(
  sqlite: BetterSqlite3.Database,
  warehouseId: string,
  search: string,
): ResolvedSearch {
  if (search === '') return { exactMatch: null, filter: {}, matchedBarcode: null };
  const barcode = sqlite
    .prepare<[string], { product_id: string; pack_quantity: number }>(
      `SELECT product_id, pack_quantity FROM synced_product_barcodes WHERE barcode = ?`,
    )
    .get(search);
  if (barcode) {
    return {
      exactMatch: 'barcode',
      filter: { productIds: [barcode.product_id] },
      matchedBarcode: { barcode: search, packQuantity: barcode.pack_quantity },
    };
  }
  const products = sqlite
    .prepare<[string], { id: string }>(
      `SELECT id FROM synced_products WHERE sku = ? COLLATE NOCASE`,
    )
    .all(search);
  if (products.length > 0) {
    return {
      exactMatch: 'sku',
      filter: { productIds: products.map((p) => p.id) },
      matchedBarcode: null,
    };
  }
  const bins = sqlite
    .prepare<[string, string], { id: string }>(
      `SELECT id FROM synced_bins WHERE warehouse_id = ? AND code = ? COLLATE NOCASE`,
    )
    .all(warehouseId, search);
  if (bins.length > 0) {
    return { exactMatch: 'bin', filter: { binIds: bins.map((b) => b.id) }, matchedBarcode: null };
  }
  return { exactMatch: null, filter: containsFilter(sqlite, search), matchedBarcode: null };
}

/** Above this many matching products, listing their ids costs more than it saves. */
const FEW_PRODUCTS = 2_000;

/**
 * Part of a SKU or name. Usually few products match, and finding them first lets the bin-stock
 * query use the product index instead of testing every bin's stock against the pattern (which on
 * 200,000 rows takes most of a tenth of a second when nothing matches). When many match, the
 * walk in pick order fills a page quickly anyway.
 */
function containsFilter(sqlite: BetterSqlite3.Database, search: string): StockFilter {
  const pattern = likePattern(search);
  const ids = sqlite
    .prepare<[string, string, number], { id: string }>(
      `SELECT id FROM synced_products WHERE sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
       LIMIT ?`,
    )
    .all(pattern, pattern, FEW_PRODUCTS + 1);
  return ids.length <= FEW_PRODUCTS
    ? { productIds: ids.map((row) => row.id) }
    : { contains: search };
}
