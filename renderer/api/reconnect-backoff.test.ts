import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-backoff';

const policy = { baseMs: 500, maxMs: 15_000 };

describe('reconnectDelay', () => {
  it('doubles the ceiling with each failed attempt', () => {
    const highest = (attempt: number) => reconnectDelay(attempt, policy, () => 1);
    expect([0, 1, 2, 3].map(highest)).toEqual([500, 1000, 2000, 4000]);
  });

  it('never waits longer than the cap', () => {
    expect(reconnectDelay(10, policy, () => 1)).toBe(15_000);
    expect(reconnectDelay(1000, policy, () => 1)).toBe(15_000);
  });

  it('keeps half the ceiling fixed and jitters the other half', () => {
    expect(reconnectDelay(2, policy, () => 0)).toBe(1000);
    expect(reconnectDelay(2, policy, () => 0.5)).toBe(1500);
    expect(reconnectDelay(2, policy, () => 1)).toBe(2000);
  });
});
