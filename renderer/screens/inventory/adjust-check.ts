import type { BinStockRow, InventoryAdjustInput } from '../../../shared/contract';
import type { StockAdjustReason } from '../../../shared/mutations/stock-adjust';
import { formatSignedUnits } from './inventory-texts';

/** What was counted (the usual case), or a change in units (e.g. "2 were damaged"). */
export type AdjustMode = 'count' | 'change';

export interface AdjustDraft {
  readonly mode: AdjustMode;
  /** As typed. */
  readonly quantity: string;
  readonly reason: StockAdjustReason;
  readonly note: string;
}

export interface AdjustErrors {
  readonly quantity?: string;
  readonly note?: string;
}

export type AdjustCheck =
  | {
      readonly ok: true;
      readonly input: InventoryAdjustInput;
      readonly delta: number;
      readonly after: number;
    }
  | { readonly ok: false; readonly errors: AdjustErrors; readonly delta: number | null };

export function emptyDraft(mode: AdjustMode = 'count'): AdjustDraft {
  return { mode, quantity: '', reason: mode === 'count' ? 'cycle-count' : 'damaged', note: '' };
}

const WHOLE = /^[+\-\u2212]?\d+$/;

function parseWhole(typed: string): number | null {
  const trimmed = typed.trim();
  if (!WHOLE.test(trimmed)) return null;
  return Number(trimmed.replace('\u2212', '-'));
}

/** The same rules the station applies to a stock adjustment, checked as the clerk types. */
export function checkAdjust(draft: AdjustDraft, row: BinStockRow): AdjustCheck {
  const errors: { quantity?: string; note?: string } = {};
  const value = parseWhole(draft.quantity);
  let delta: number | null = null;

  if (draft.mode === 'count') {
    if (draft.quantity.trim() === '') errors.quantity = 'Enter how many you counted';
    else if (value === null || value < 0)
      errors.quantity = 'Enter the number counted, e.g. 12 (0 if the bin is empty)';
    else if (value > 1_000_000) errors.quantity = 'That is more than a bin can hold; count again';
    else {
      delta = value - row.onHand;
      if (delta === 0) errors.quantity = `That matches the ${row.onHand} shown; nothing to change`;
    }
  } else if (draft.quantity.trim() === '') {
    errors.quantity = 'Enter the change in units, e.g. -2 or 3';
  } else if (value === null || value === 0 || Math.abs(value) > 1_000_000) {
    errors.quantity = 'The change is a whole number of units, e.g. -2 or 3';
  } else if (row.onHand + value < 0) {
    errors.quantity = `The bin shows ${row.onHand}; it cannot go below 0`;
  } else {
    delta = value;
  }

  const note = draft.note.trim();
  if (draft.reason === 'other' && note === '')
    errors.note = 'Say what happened when the reason is "other"';
  if (note.length > 200) errors.note = 'Keep the note to 200 characters';

  if (delta === null || errors.quantity || errors.note) return { ok: false, errors, delta };
  const base = { binId: row.binId, productId: row.product.id, reason: draft.reason, note };
  const input: InventoryAdjustInput =
    draft.mode === 'count' ? { ...base, countedQuantity: value ?? 0 } : { ...base, delta };
  return { ok: true, input, delta, after: row.onHand + delta };
}

/** "12 → 10 (−2)": what the bin will show once saved. */
export function describeOutcome(onHand: number, delta: number): string {
  return `${onHand} \u2192 ${onHand + delta} (${formatSignedUnits(delta)})`;
}
