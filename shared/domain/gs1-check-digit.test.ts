import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from './gtin';
import { gs1CheckDigit, hasValidGs1CheckDigit } from './gs1-check-digit';

describe('GS1 mod-10 check digit', () => {
  it('agrees with the GTIN check digit of shared/domain for every GTIN length', () => {
    for (const body of ['9638507', '03600029145', '400638133393', '1001234567890']) {
      expect(gs1CheckDigit(body)).toBe(gtinCheckDigit(body));
    }
  });

  it('computes the check digit of an SSCC-18 (GS1 example 106141411234567897)', () => {
    expect(gs1CheckDigit('10614141123456789')).toBe(7);
    expect(hasValidGs1CheckDigit('106141411234567897')).toBe(true);
    expect(hasValidGs1CheckDigit('106141411234567890')).toBe(false);
  });

  it('computes the check digit of a GLN (GS1 example 0614141000005)', () => {
    expect(hasValidGs1CheckDigit('0614141000005')).toBe(true);
    expect(hasValidGs1CheckDigit('0614141000006')).toBe(false);
  });

  it('refuses bodies that are empty or hold anything but digits', () => {
    expect(gs1CheckDigit('')).toBeNull();
    expect(gs1CheckDigit('12A4')).toBeNull();
    expect(hasValidGs1CheckDigit('7')).toBe(false);
    expect(hasValidGs1CheckDigit('1234X')).toBe(false);
  });
});
