export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 60_000;

export interface PinLockout {
  /** Milliseconds until this person may try again, or 0. */
  waitMs(personId: string, nowMs: number): number;
  /** Records a wrong PIN; returns how many tries are left before the pause (0 = paused now). */
  wrong(personId: string, nowMs: number): number;
  right(personId: string): void;
}

/**
 * Slows guessing of a 4-digit PIN at an unattended station. Kept in memory: a restart clears it,
 * which costs a guesser a restart per five tries — acceptable for a check that also works offline.
 */
export function createPinLockout(): PinLockout {
  const people = new Map<string, { wrong: number; until: number }>();
  return {
    waitMs(personId, nowMs) {
      const entry = people.get(personId);
      return entry && entry.until > nowMs ? entry.until - nowMs : 0;
    },
    wrong(personId, nowMs) {
      const entry = people.get(personId) ?? { wrong: 0, until: 0 };
      if (entry.until !== 0 && entry.until <= nowMs) entry.wrong = 0;
      entry.wrong += 1;
      entry.until = entry.wrong >= MAX_WRONG_PINS ? nowMs + LOCKOUT_MS : 0;
      people.set(personId, entry);
      return Math.max(0, MAX_WRONG_PINS - entry.wrong);
    },
    right(personId) {
      people.delete(personId);
    },
  };
}
