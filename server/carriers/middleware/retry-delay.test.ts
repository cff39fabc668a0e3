import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from './retry-delay';

const policy = { maxAttempts: 4, backoffBaseMs: 100, maxBackoffMs: 300 };

describe('retry delay', () => {
  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('backs off exponentially within a cap and stops after the last attempt', () => {
    const low = () => 0;
    const high = () => 1;
    expect(retryDelayMs(policy, 1, null, low)).toBe(50);
    expect(retryDelayMs(policy, 1, null, high)).toBe(100);
    expect(retryDelayMs(policy, 2, null, high)).toBe(200);
    expect(retryDelayMs(policy, 3, null, high)).toBe(300);
    expect(retryDelayMs(policy, 4, null, high)).toBeNull();
  });

  it('honours Retry-After, but not one longer than the cap', () => {
    expect(retryDelayMs(policy, 1, 250)).toBe(250);
    expect(retryDelayMs(policy, 1, 301)).toBeNull();
    expect(retryDelayMs(policy, 4, 10)).toBeNull();
  });
});
