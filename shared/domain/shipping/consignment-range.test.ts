import { describe, expect, it } from 'vitest';
import { hasValidGs1CheckDigit } from '../gs1-check-digit';
import {
  ConsignmentRangeSchema,
  needsRefill,
  refillRange,
  remaining,
  takeConsignmentNumber,
  type ConsignmentRange,
} from './consignment-range';
import { ShippingError } from './shipping-error';

const RANGE: ConsignmentRange = { prefix: 'WH', first: 1000, last: 1003, next: 1000 };

function takeAll(range: ConsignmentRange): { numbers: string[]; range: ConsignmentRange } {
  const numbers: string[] = [];
  let current = range;
  while (remaining(current) > 0) {
    const taken = takeConsignmentNumber(current);
    numbers.push(taken.consignmentNumber);
    current = taken.range;
  }
  return { numbers, range: current };
}

describe('takeConsignmentNumber', () => {
  it('hands out the range in order with GS1 mod-10 check digits, and advances the range', () => {
    const { numbers, range } = takeAll(RANGE);
    // 1000: 0·3+0·1+0·3+1·1 = 1 → 9;  1001: 1·3+0+0+1 = 4 → 6;  1002: 7 → 3;  1003: 10 → 0.
    expect(numbers).toEqual(['WH10009', 'WH10016', 'WH10023', 'WH10030']);
    expect(numbers.every((n) => hasValidGs1CheckDigit(n.slice(2)))).toBe(true);
    expect(range).toEqual({ ...RANGE, next: 1004 });
  });

  it('leaves the range it was given alone, so the caller stores the advanced one', () => {
    const before = { ...RANGE };
    takeConsignmentNumber(RANGE);
    expect(RANGE).toEqual(before);
  });

  it('pads the serial to the width of the last number', () => {
    const range = { prefix: '', first: 1, last: 999, next: 1 };
    // "001": 1·3 = 3 → 7.
    expect(takeConsignmentNumber(range).consignmentNumber).toBe('0017');
  });

  it('refuses clearly once the range is used up', () => {
    const { range } = takeAll(RANGE);
    expect(remaining(range)).toBe(0);
    expect(() => takeConsignmentNumber(range)).toThrow(ShippingError);
    expect(() => takeConsignmentNumber(range)).toThrow(
      'All consignment numbers WH10009 to WH10030 are used; connect to the head office to get a new range before printing more labels',
    );
    try {
      takeConsignmentNumber(range);
    } catch (error) {
      expect((error as ShippingError).code).toBe('RANGE_EXHAUSTED');
    }
  });
});

describe('remaining and needsRefill', () => {
  it('counts what is left and asks for a refill at the threshold, not after', () => {
    const range = { prefix: 'WH', first: 1, last: 100, next: 91 };
    expect(remaining(range)).toBe(10);
    expect(needsRefill(range, 9)).toBe(false);
    expect(needsRefill(range, 10)).toBe(true);
    expect(needsRefill({ ...range, next: 101 }, 0)).toBe(true);
  });
});

describe('ConsignmentRangeSchema', () => {
  it('refuses a next number outside the range and a range that ends before it starts', () => {
    expect(ConsignmentRangeSchema.safeParse({ ...RANGE, next: 1005 }).success).toBe(false);
    expect(ConsignmentRangeSchema.safeParse({ ...RANGE, next: 999 }).success).toBe(false);
    expect(ConsignmentRangeSchema.safeParse({ ...RANGE, last: 999, next: 999 }).success).toBe(
      false,
    );
    expect(ConsignmentRangeSchema.safeParse({ ...RANGE, next: 1004 }).success).toBe(true);
  });
});

describe('refillRange', () => {
  const used = { ...RANGE, next: 1002 };

  it('accepts a fresh block after the used numbers', () => {
    const fresh = { prefix: 'WH', first: 2000, last: 2999, next: 2000 };
    expect(refillRange(used, fresh)).toEqual(fresh);
  });

  it('refuses a block that would reprint numbers already used here', () => {
    const stale = { prefix: 'WH', first: 1000, last: 1999, next: 1000 };
    expect(() => refillRange(used, stale)).toThrow(/repeats numbers already printed here/);
  });

  it('accepts the same serials under another prefix', () => {
    const other = { prefix: 'WX', first: 1000, last: 1003, next: 1000 };
    expect(refillRange(used, other)).toEqual(other);
  });
});
