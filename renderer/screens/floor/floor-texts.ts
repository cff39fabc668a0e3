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

const EXCEPTION_KINDS: Readonly<Record<FloorException['kind'], { badge: string; what: string }>> = {
  short: { badge: 'Short', what: 'Short pick' },
  scan: { badge: 'Refused scan', what: 'Scan refused on the floor' },
  refused: { badge: 'Refused', what: 'Refused by head office' },
};

/** The badge of an exception: "Short", "Refused scan", "Refused". */
export function exceptionBadge(exception: FloorException): string {
  return EXCEPTION_KINDS[exception.kind].badge;
}

/** What happened, and who at which station: an exception's first words. */
export function describeExceptionSource(exception: FloorException): string {
  return `${EXCEPTION_KINDS[exception.kind].what} · ${exception.person} at ${exception.station}`;
}

/** Exceptions newest first, whatever order they arrive in. */
export function newestFirst(exceptions: readonly FloorException[]): FloorException[] {
  return [...exceptions].sort((a, b) => b.at.localeCompare(a.at));
}
