import type { BinStockRow, InventoryList } from '../../../shared/contract';

const MINUS = '\u2212';

/** "+3", "−2", "0": a change in units, with a real minus sign so it reads at a glance. */
export function formatSignedUnits(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `${MINUS}${Math.abs(delta)}`;
  return '0';
}

/** The marker beside an on-hand figure that includes changes the head office has not confirmed. */
export function describePending(pendingDelta: number): string | null {
  if (pendingDelta === 0) return null;
  return `Pending ${formatSignedUnits(pendingDelta)}, waiting for head office`;
}

/** A stable key for one product in one bin. */
export function rowKey(row: Pick<BinStockRow, 'binId' | 'product'>): string {
  return `${row.binId}:${row.product.id}`;
}

const MATCH_WORDS: Record<NonNullable<InventoryList['exactMatch']>, string> = {
  barcode: 'barcode',
  sku: 'SKU',
  bin: 'bin',
};

/** One line over the table saying what was found, so a scan that found nothing is obvious. */
export function describeResults(list: InventoryList, search: string): string {
  const count = list.rows.length;
  const places = `${count} ${count === 1 ? 'place' : 'places'}`;
  if (search === '') {
    if (count === 0) return 'No stock in this warehouse yet.';
    return list.truncated ? `Showing the first ${places}. Search to narrow it down.` : `${places}.`;
  }
  if (count === 0) return `Nothing found for “${search}”. Check the code and scan again.`;
  const how = list.exactMatch ? `${MATCH_WORDS[list.exactMatch]} ${search}` : `“${search}”`;
  const more = list.truncated ? ' (more matched; search more precisely)' : '';
  return `${places} for ${how}${more}.`;
}

/**
 * A scan or an exact SKU that lands on exactly one place opens it straight away: the clerk
 * scanned it to count it.
 */
export function singleExactRow(list: InventoryList): BinStockRow | null {
  if (list.exactMatch === null || list.exactMatch === 'bin' || list.rows.length !== 1) return null;
  return list.rows[0] ?? null;
}

/** "Scanned a case of 12" when the barcode stands for more than one unit. */
export function describePack(row: BinStockRow): string | null {
  const match = row.product.matchedBarcode;
  if (!match || match.packQuantity <= 1) return null;
  return `Barcode ${match.barcode} is a pack of ${match.packQuantity}. Count single units.`;
}
