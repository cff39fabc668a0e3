import { StationNameSchema } from '../../../shared/contract';

export type StationNameCheck =
  { readonly ok: true; readonly name: string } | { readonly ok: false; readonly message: string };

/** The same rule the station applies, so most mistakes are caught before a round trip. */
export function checkStationName(value: string): StationNameCheck {
  const parsed = StationNameSchema.safeParse(value);
  if (parsed.success) return { ok: true, name: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'This name cannot be used' };
}

/** Unchanged means nothing would be saved: the trimmed entry is the name the station has. */
export function isUnchangedName(value: string, current: string): boolean {
  return value.trim() === current;
}
