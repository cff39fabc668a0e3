import type { QueryClient } from '@tanstack/react-query';
import type { BinStockRow, InventoryList } from '../../../shared/contract';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { refetchStock } from '../../api/react/sync-cache-updates';
import { rowKey } from './inventory-texts';

/** Puts the station's answer to an adjustment into every list showing that place, at once. */
export function applyAdjustedRow(cache: QueryClient, row: BinStockRow): void {
  cache.setQueriesData<InventoryList>({ queryKey: methodQueryPrefix('inventory.list') }, (list) =>
    list === undefined ? list : replaceRow(list, row),
  );
  // The answer is the truth for this row; reading again catches anything else that moved.
  refetchStock(cache);
}

export function replaceRow(list: InventoryList, row: BinStockRow): InventoryList {
  const key = rowKey(row);
  return {
    ...list,
    rows: list.rows.map((existing) => (rowKey(existing) === key ? row : existing)),
  };
}
