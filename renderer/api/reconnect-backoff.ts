export interface BackoffPolicy {
  /** Delay ceiling for the first retry. */
  readonly baseMs: number;
  /** No retry waits longer than this, however long the backend has been gone. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 15_000 };

/**
 * Capped exponential backoff with "equal jitter": half the ceiling is fixed so retries never
 * hammer the backend, the other half is random so many windows restarted together spread out.
 * `attempt` counts failures since the link was last open, starting at 0.
 */
export function reconnectDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const exponent = Math.min(Math.max(attempt, 0), 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
