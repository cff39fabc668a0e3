/** Which bin-stock rows a query wants; every field given narrows it further. */
export interface StockFilter {
  productIds?: readonly string[] | undefined;
  binIds?: readonly string[] | undefined;
  /** Part of a SKU or product name, matched case-insensitively. */
  contains?: string | undefined;
}

export interface FilterSql {
  sql: string;
  params: string[];
}

/**
 * The FROM clause for synced stock under a filter: `b` (synced_bins), `bs` (synced_bin_stock), `p`
 * (synced_products). CROSS JOIN fixes SQLite's join order, so the plan does not depend on ANALYZE
 * statistics a station database may never have: a search by ids starts from those ids and their
 * indexes; anything else walks the warehouse in pick order, which fills a page early.
 */
export function syncedStockFrom(filter: StockFilter): FilterSql & { rest: StockFilter } {
  const joinRest = `CROSS JOIN synced_products p ON p.id = bs.product_id`;
  if (filter.binIds) {
    return {
      sql: `json_each(?) AS wanted
            CROSS JOIN synced_bins b ON b.id = wanted.value
            CROSS JOIN synced_bin_stock bs ON bs.bin_id = b.id ${joinRest}`,
      params: [JSON.stringify(filter.binIds)],
      rest: { ...filter, binIds: undefined },
    };
  }
  if (filter.productIds) {
    return {
      sql: `json_each(?) AS wanted
            CROSS JOIN synced_bin_stock bs ON bs.product_id = wanted.value
            CROSS JOIN synced_bins b ON b.id = bs.bin_id ${joinRest}`,
      params: [JSON.stringify(filter.productIds)],
      rest: { ...filter, productIds: undefined },
    };
  }
  // Named, because without statistics SQLite may take the bin-code index and sort everything.
  return {
    sql: `synced_bins b INDEXED BY synced_bins_walk
          CROSS JOIN synced_bin_stock bs ON bs.bin_id = b.id ${joinRest}`,
    params: [],
    rest: filter,
  };
}

/** The filter as a condition on `pair` (anything with bin_id and product_id) and `p`. */
export function stockFilterWhere(filter: StockFilter, pair: string): FilterSql {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.productIds) {
    clauses.push(`${pair}.product_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.productIds));
  }
  if (filter.binIds) {
    clauses.push(`${pair}.bin_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.binIds));
  }
  if (filter.contains) {
    const pattern = likePattern(filter.contains);
    clauses.push(`(p.sku LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')`);
    params.push(pattern, pattern);
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

/** `%text%` for LIKE with a backslash escape, with the user's own % and _ taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
