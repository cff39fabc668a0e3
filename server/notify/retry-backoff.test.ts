import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-backoff';

describe('retryDelayMs', () => {
  it('doubles from the base and stops at the cap, even after very many attempts', () => {
    const policy = { baseMs: 60_000, maxMs: 3_600_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => retryDelayMs(a, policy))).toEqual([
      60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
    expect(retryDelayMs(10_000, policy)).toBe(3_600_000);
    expect(retryDelayMs(0, policy)).toBe(60_000);
  });
});
