export interface BackoffPolicy {
  /** The ceiling of the first retry's delay. */
  baseMs: number;
  /** No retry waits longer than this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

/**
 * Capped exponential back-off with full jitter: the n-th consecutive failure waits a random time
 * up to min(cap, base·2^(n−1)). Full jitter keeps a warehouse's stations from all retrying in the
 * same second after the head office comes back.
 */
export function backoffDelayMs(
  failures: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(random() * ceiling);
}
