import type { FloorException, FloorOverview } from '../../../shared/contract';

/** "2 pick lists in progress · 14 orders released, waiting": the headline figures. */
export function describeWaiting(released: number): string {
  if (released === 0) return 'No released orders waiting';
  return `${released} released ${released === 1 ? 'order' : 'orders'} waiting to be picked`;
}

export function describeWavesInProgress(waves: FloorOverview['waves']): string {
  const open = waves.filter((wave) => !wave.done).length;
  if (open === 0) return 'No pick lists in progress';
  return `${open} ${open === 1 ? 'pick list' : 'pick lists'} in progress`;
}

/** Pick rates, busiest first, so the manager reads down from the fastest picker. */
export function sortPickRates(rates: FloorOverview['pickRates']): FloorOverview['pickRates'] {
  return [...rates].sort(
    (a, b) => b.unitsLastHour - a.unitsLastHour || a.person.localeCompare(b.person),
  );
}

/** "Short" or "Refused", and who at which station: an exception's first words. */
export function describeExceptionSource(exception: FloorException): string {
  const what = exception.kind === 'short' ? 'Short pick' : 'Refused by head office';
  return `${what} · ${exception.person} at ${exception.station}`;
}

/** Exceptions newest first, whatever order they arrive in. */
export function newestFirst(exceptions: readonly FloorException[]): FloorException[] {
  return [...exceptions].sort((a, b) => b.at.localeCompare(a.at));
}
