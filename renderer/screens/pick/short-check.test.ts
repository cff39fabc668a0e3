import { describe, expect, it } from 'vitest';
import { checkShortQuantity, nextReason, reasonForKey } from './short-check';

describe('checkShortQuantity', () => {
  it('takes a whole number up to what the stop asks', () => {
    expect(checkShortQuantity(' 2 ', 3)).toEqual({ ok: true, quantity: 2 });
    expect(checkShortQuantity('3', 3)).toEqual({ ok: true, quantity: 3 });
  });

  it('refuses more than the stop asks, zero and words', () => {
    expect(checkShortQuantity('4', 3)).toEqual({
      ok: false,
      message: 'This stop asks for 3; at most 3 can be short',
    });
    expect(checkShortQuantity('0', 3).ok).toBe(false);
    expect(checkShortQuantity('two', 3).ok).toBe(false);
    expect(checkShortQuantity('1.5', 3).ok).toBe(false);
  });
});

describe('reason keys', () => {
  it('maps 1–5 to the reasons in order, anything else to nothing', () => {
    expect(reasonForKey('1')).toBe('bin-empty');
    expect(reasonForKey('5')).toBe('cannot-reach');
    expect(reasonForKey('6')).toBeNull();
    expect(reasonForKey('a')).toBeNull();
    expect(reasonForKey('F2')).toBeNull();
  });

  it('steps through the reasons with the arrows, wrapping round', () => {
    expect(nextReason('bin-empty', 1)).toBe('not-enough');
    expect(nextReason('bin-empty', -1)).toBe('cannot-reach');
    expect(nextReason('cannot-reach', 1)).toBe('bin-empty');
  });
});
