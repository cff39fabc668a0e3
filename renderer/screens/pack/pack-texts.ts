import type { PackLine, PackState } from '../../../shared/contract';

/** "850 g", "1.25 kg": a weight as the scale shows it. */
export function formatWeight(grams: number): string {
  if (grams < 1000) return `${grams} g`;
  return `${(grams / 1000).toFixed(2).replace(/\.?0+$/, '')} kg`;
}

export type WeightCheck =
  { readonly ok: true; readonly grams: number } | { readonly ok: false; readonly message: string };

/** The weight as typed or read off the scale, in whole grams, within what a carrier takes. */
export function checkWeight(text: string): WeightCheck {
  const trimmed = text.trim().replace(/\s*g$/i, '');
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: 'Type the weight in grams, e.g. 1250' };
  const grams = Number(trimmed);
  if (grams < 1) return { ok: false, message: 'A parcel weighs at least 1 g' };
  if (grams > 70_000) return { ok: false, message: 'A parcel weighs at most 70,000 g (70 kg)' };
  return { ok: true, grams };
}

/** Units still to verify on a line: picked, less what is in closed parcels and on the bench. */
export function unitsToVerify(line: PackLine): number {
  return Math.max(0, line.picked - line.packed - line.inParcel);
}

/** "7 of 9 picked units verified": the progress line above the bench. */
export function describePackProgress(lines: readonly PackLine[]): string {
  const picked = lines.reduce((sum, line) => sum + line.picked, 0);
  const verified = lines.reduce((sum, line) => sum + line.packed + line.inParcel, 0);
  return `${verified} of ${picked} picked ${picked === 1 ? 'unit' : 'units'} verified`;
}

export function packPercent(lines: readonly PackLine[]): number {
  const picked = lines.reduce((sum, line) => sum + line.picked, 0);
  if (picked === 0) return 0;
  const verified = lines.reduce((sum, line) => sum + line.packed + line.inParcel, 0);
  return Math.min(100, Math.round((verified / picked) * 100));
}

/** A line's state in one word, for its colour: all verified, some to go, or short. */
export function lineStatus(line: PackLine): 'done' | 'to-verify' | 'short' {
  if (unitsToVerify(line) > 0) return 'to-verify';
  if (line.short > 0 || line.picked < line.ordered) return 'short';
  return 'done';
}

/**
 * Why the open parcel cannot be closed yet, or null when it can. The station refuses it anyway;
 * saying so on the button saves a wrong beep.
 */
export function closeBlocked(state: Pick<PackState, 'openParcel' | 'complete'>): string | null {
  if (state.complete) return 'Every picked unit is packed.';
  if (state.openParcel.units === 0) return 'Scan the items into this parcel first.';
  return null;
}

/** "Pending", "Refused: …" or nothing, beside a closed parcel. */
export function describeParcelStatus(parcel: PackState['parcels'][number]): string | null {
  if (parcel.rejected !== null) return `Refused by head office: ${parcel.rejected}`;
  if (parcel.pending) return 'Waiting for head office';
  return null;
}

/** The order's packing slip as a file the preview and the Save link can use. */
export function pdfBlobFromBase64(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: 'application/pdf' });
}
