import type { BinStockRow, InventoryList } from '../../../shared/contract';

/** A believable stock row for tests; override anything. */
export function stockRow(overrides: Partial<BinStockRow> = {}): BinStockRow {
  return {
    binId: '0190a6b0-0000-7000-8000-00000000000b',
    binCode: 'A-01-01',
    pickSequence: 1,
    product: {
      id: '0190a6b0-0000-7000-8000-00000000000a',
      sku: 'SKU-1',
      name: 'Blue mug',
      gtin: null,
      matchedBarcode: null,
    },
    syncedOnHand: 12,
    pendingDelta: 0,
    onHand: 12,
    ...overrides,
  };
}

export function stockList(
  rows: BinStockRow[],
  overrides: Partial<InventoryList> = {},
): InventoryList {
  return { exactMatch: null, rows, truncated: false, warehouseCode: 'NORTH', ...overrides };
}
