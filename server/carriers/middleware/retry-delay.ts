/** When to try the middleware again, or null to stop. */
export interface RetryPolicy {
  maxAttempts: number;
  backoffBaseMs: number;
  maxBackoffMs: number;
}

/**
 * Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable (then our own
 * back-off applies).
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The wait before attempt `attempt + 1` (attempts count from 1), or null when no more attempts
 * are allowed or the server asked for a longer wait than we will hold a clerk for.
 * Exponential with jitter, so head offices that failed together do not retry together.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  if (attempt >= policy.maxAttempts) return null;
  if (retryAfterMs !== null) return retryAfterMs <= policy.maxBackoffMs ? retryAfterMs : null;
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffBaseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
