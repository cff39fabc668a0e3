/** How long to wait before retry number `attempt` (1 = after the first failure): doubling, capped. */
export function retryDelayMs(attempt: number, policy: { baseMs: number; maxMs: number }): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(policy.baseMs * 2 ** exponent, policy.maxMs);
}
