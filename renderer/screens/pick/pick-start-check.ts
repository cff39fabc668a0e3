import type { PickStartInput } from '../../../shared/contract';
import { ToteCodeSchema } from '../../../shared/mutations/floor-fields';
import { MAX_WAVE_FULFILMENTS } from '../../../shared/mutations/wave-start';
import type { WaveKind } from '../../../shared/mutations/wave-start';

/**
 * How many tote labels a new pick list asks for: one per order for cluster picking, one for a
 * single order, and one (optional) for a batch cart.
 */
export function toteSlotCount(kind: WaveKind, orders: number): number {
  if (kind === 'cluster') return Math.max(orders, 1);
  return 1;
}

export function totesRequired(kind: WaveKind): boolean {
  return kind !== 'batch';
}

export type ToteFill =
  | { readonly ok: true; readonly totes: string[]; readonly slot: number; readonly code: string }
  | { readonly ok: false; readonly message: string };

/** A scanned or typed tote label goes into the first empty slot. */
export function fillNextTote(totes: readonly string[], slots: number, label: string): ToteFill {
  const parsed = ToteCodeSchema.safeParse(label);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'That is not a tote label' };
  }
  const code = parsed.data;
  const filled = resize(totes, slots);
  if (filled.includes(code)) return { ok: false, message: `${code} is already on this pick list` };
  const slot = filled.findIndex((tote) => tote === '');
  if (slot === -1) {
    return { ok: false, message: 'Every tote slot is filled. Clear one to use another tote.' };
  }
  filled[slot] = code;
  return { ok: true, totes: filled, slot, code };
}

/** Slots kept in order, padded with empty ones or cut to the number the list needs. */
export function resize(totes: readonly string[], slots: number): string[] {
  return Array.from({ length: slots }, (_, index) => totes[index] ?? '');
}

export type StartCheck =
  | { readonly ok: true; readonly input: PickStartInput }
  | { readonly ok: false; readonly message: string };

/** Whether the chosen orders and totes make a pick list, said before the station is asked. */
export function checkStart(
  kind: WaveKind,
  fulfilmentIds: readonly string[],
  totes: readonly string[],
): StartCheck {
  if (fulfilmentIds.length === 0) return { ok: false, message: 'Tick the orders to pick first.' };
  if (kind === 'single' && fulfilmentIds.length > 1) {
    return {
      ok: false,
      message: `A single-order list takes one order; ${fulfilmentIds.length} are ticked. Choose Batch or Cluster.`,
    };
  }
  if (fulfilmentIds.length > MAX_WAVE_FULFILMENTS) {
    return {
      ok: false,
      message: `A pick list holds at most ${MAX_WAVE_FULFILMENTS} orders; ${fulfilmentIds.length} are ticked.`,
    };
  }
  const slots = resize(totes, toteSlotCount(kind, fulfilmentIds.length)).map((t) => t.trim());
  const given = slots.filter((tote) => tote !== '');
  if (totesRequired(kind) && given.length < slots.length) {
    const missing = slots.length - given.length;
    return {
      ok: false,
      message: `Scan ${missing} more tote ${missing === 1 ? 'label' : 'labels'}: one per order.`,
    };
  }
  const codes: string[] = [];
  for (const tote of given) {
    const parsed = ToteCodeSchema.safeParse(tote);
    if (!parsed.success) {
      return {
        ok: false,
        message: `${tote}: ${parsed.error.issues[0]?.message ?? 'not a tote label'}`,
      };
    }
    if (codes.includes(parsed.data)) {
      return {
        ok: false,
        message: `${parsed.data} is on the list twice; each order needs its own tote.`,
      };
    }
    codes.push(parsed.data);
  }
  return { ok: true, input: { kind, fulfilmentIds: [...fulfilmentIds], totes: codes } };
}
