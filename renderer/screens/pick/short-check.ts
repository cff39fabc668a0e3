import { SHORT_PICK_REASONS } from '../../../shared/mutations/pick-short';
import type { ShortPickReason } from '../../../shared/mutations/pick-short';

export type ShortCheck =
  | { readonly ok: true; readonly quantity: number }
  | { readonly ok: false; readonly message: string };

/** How many the bin could not give, as typed: a whole number from 1 to what the stop asks. */
export function checkShortQuantity(text: string, wanted: number): ShortCheck {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed))
    return { ok: false, message: 'Type how many units are missing, e.g. 2' };
  const quantity = Number(trimmed);
  if (quantity < 1)
    return { ok: false, message: 'At least 1 unit is missing, or this is not short' };
  if (quantity > wanted) {
    return { ok: false, message: `This stop asks for ${wanted}; at most ${wanted} can be short` };
  }
  return { ok: true, quantity };
}

/** The reason a number key chooses in the dialog: 1 for the first reason, and so on. */
export function reasonForKey(key: string): ShortPickReason | null {
  const index = Number(key) - 1;
  if (!Number.isInteger(index)) return null;
  return SHORT_PICK_REASONS[index] ?? null;
}

/** The reason above or below, wrapping round, for the arrow keys. */
export function nextReason(current: ShortPickReason, step: 1 | -1): ShortPickReason {
  const count = SHORT_PICK_REASONS.length;
  const index = (SHORT_PICK_REASONS.indexOf(current) + step + count) % count;
  return SHORT_PICK_REASONS[index] ?? current;
}
