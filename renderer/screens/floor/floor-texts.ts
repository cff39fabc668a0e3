import type { FloorException, FloorOverview, WaveSummary } from '../../../shared/contract';

/** The pick lists somebody is still walking; finished ones drop off the manager's view. */
export function wavesInProgress(waves: readonly WaveSummary[]): WaveSummary[] {
  return waves.filter((wave) => !wave.done);
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
