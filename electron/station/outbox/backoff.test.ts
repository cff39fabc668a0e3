import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF } from './backoff';

describe('backoffDelayMs', () => {
  it('doubles the ceiling per failure up to the cap', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) =>
      backoffDelayMs(n, DEFAULT_BACKOFF, () => 1),
    );
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('draws the whole range below the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0)).toBe(0);
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0.5)).toBe(2_000);
    for (let i = 0; i < 100; i += 1) {
      const delay = backoffDelayMs(20, { baseMs: 10, capMs: 500 });
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(500);
    }
  });
});
