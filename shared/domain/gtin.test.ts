import { describe, expect, it } from 'vitest';
import {
  InvalidGtinError,
  gtinCheckDigit,
  isValidGtin,
  toGtin14,
  withGtinCheckDigit,
} from './gtin';

// Real codes: Faber-Castell eraser EAN-13, a UPC-A on a US grocery item, GS1's EAN-8 example,
// GS1's GTIN-14 case-code example, GS1 Poland's EAN-13 example, an ISBN-13 (Bookland EAN).
const REAL = [
  '4006381333931',
  '036000291452',
  '96385074',
  '10012345678902',
  '5901234123457',
  '9780306406157',
];

describe('GTIN check digits', () => {
  it.each(REAL)('computes the check digit of %s', (code) => {
    expect(gtinCheckDigit(code.slice(0, -1))).toBe(Number(code.slice(-1)));
    expect(withGtinCheckDigit(code.slice(0, -1))).toBe(code);
    expect(isValidGtin(code)).toBe(true);
  });

  it('gives 0 when the weighted sum is already a multiple of ten', () => {
    expect(gtinCheckDigit('0000000')).toBe(0);
    expect(isValidGtin('00000000')).toBe(true);
  });

  it.each(REAL)('rejects %s with any other last digit', (code) => {
    const body = code.slice(0, -1);
    const good = Number(code.slice(-1));
    for (let digit = 0; digit <= 9; digit++) {
      if (digit !== good) expect(isValidGtin(`${body}${digit}`)).toBe(false);
    }
  });

  it('catches two neighbouring digits swapped, the commonest keying slip', () => {
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4060381333931')).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['400638133393', '12 digits that fail the check'],
    ['4006381333931 ', 'a trailing space'],
    ['4006-381333931', 'a dash'],
    ['40063813339311', '14 digits that fail the check'],
    ['123456789', 'nine digits'],
    ['123456789012345', 'fifteen digits'],
    ['٤٠٠٦٣٨١٣٣٣٩٣١', 'Arabic-Indic digits'],
    ['ABCDEFGH', 'letters'],
  ])('refuses %j (%s)', (code) => {
    expect(isValidGtin(code)).toBe(false);
  });

  it('refuses a body of the wrong length or with non-digits, saying why', () => {
    expect(() => gtinCheckDigit('12345')).toThrow(InvalidGtinError);
    expect(() => gtinCheckDigit('12345')).toThrow('has 5 digits');
    expect(() => gtinCheckDigit('40063813339x')).toThrow('only digits');
    try {
      gtinCheckDigit('');
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_GTIN', name: 'InvalidGtinError' });
    }
  });

  it('pads every length to the 14-digit key and refuses bad codes', () => {
    expect(toGtin14('036000291452')).toBe('00036000291452');
    expect(toGtin14('4006381333931')).toBe('04006381333931');
    expect(toGtin14('96385074')).toBe('00000096385074');
    expect(toGtin14('10012345678902')).toBe('10012345678902');
    // The same UPC-A scanned as its EAN-13 form is the same product.
    expect(toGtin14('0036000291452')).toBe(toGtin14('036000291452'));
    expect(() => toGtin14('036000291453')).toThrow('not a valid GTIN');
  });
});
