import { describe, expect, it } from 'vitest';
import { hasValidGs1CheckDigit } from '../domain/gs1-check-digit';
import { LabelError } from './label-error';
import { isValidSscc, makeSscc } from './sscc';

describe('makeSscc', () => {
  it('builds the GS1 example SSCC 106141411234567897, confirmed by the shared check digit', () => {
    const sscc = makeSscc({
      extensionDigit: 1,
      companyPrefix: '0614141',
      serialReference: '123456789',
    });
    expect(sscc).toBe('106141411234567897');
    expect(hasValidGs1CheckDigit(sscc)).toBe(true);
  });

  it('pads the serial reference so prefix and serial fill 16 digits for every prefix length', () => {
    for (const companyPrefix of ['1234567', '12345678', '123456789', '1234567890']) {
      const sscc = makeSscc({ extensionDigit: 0, companyPrefix, serialReference: 42 });
      expect(sscc).toHaveLength(18);
      expect(sscc.startsWith(`0${companyPrefix}`)).toBe(true);
      expect(sscc.slice(0, 17).endsWith('42')).toBe(true);
      expect(isValidSscc(sscc)).toBe(true);
    }
  });

  it('gives every extension digit its own check digit, and any single wrong digit is caught', () => {
    const ssccs = Array.from({ length: 10 }, (_, extensionDigit) =>
      makeSscc({ extensionDigit, companyPrefix: '0614141', serialReference: '123456789' }),
    );
    // Extension 1 is the GS1 example; extension 3 shifts the weighted sum by 2×3, so 7 → 1.
    expect(ssccs[3]).toBe('306141411234567891');
    for (const sscc of ssccs) {
      for (let i = 0; i < 17; i++) {
        const wrong = `${sscc.slice(0, i)}${(Number(sscc[i]) + 1) % 10}${sscc.slice(i + 1)}`;
        expect(isValidSscc(wrong)).toBe(false);
      }
    }
  });

  it.each([
    [{ extensionDigit: 10, companyPrefix: '0614141', serialReference: '1' }, /extension digit/],
    [{ extensionDigit: -1, companyPrefix: '0614141', serialReference: '1' }, /extension digit/],
    [{ extensionDigit: 1.5, companyPrefix: '0614141', serialReference: '1' }, /extension digit/],
    [{ extensionDigit: 1, companyPrefix: '061414', serialReference: '1' }, /7 to 10 digits/],
    [{ extensionDigit: 1, companyPrefix: '06141411234', serialReference: '1' }, /7 to 10 digits/],
    [{ extensionDigit: 1, companyPrefix: '06141A1', serialReference: '1' }, /7 to 10 digits/],
    [{ extensionDigit: 1, companyPrefix: '0614141', serialReference: '12-3' }, /only digits/],
    [{ extensionDigit: 1, companyPrefix: '0614141', serialReference: '' }, /only digits/],
    [
      { extensionDigit: 1, companyPrefix: '0614141', serialReference: '1234567890' },
      /at most 9 digits/,
    ],
    [
      { extensionDigit: 1, companyPrefix: '0614141234', serialReference: '1234567' },
      /at most 6 digits/,
    ],
  ])('refuses %j', (parts, message) => {
    expect(() => makeSscc(parts)).toThrow(LabelError);
    expect(() => makeSscc(parts)).toThrow(message);
  });
});

describe('isValidSscc', () => {
  it('accepts only 18 digits ending in the right check digit', () => {
    expect(isValidSscc('106141411234567897')).toBe(true);
    expect(isValidSscc('106141411234567890')).toBe(false);
    expect(isValidSscc('10614141123456789')).toBe(false);
    expect(isValidSscc('1061414112345678970')).toBe(false);
    expect(isValidSscc('10614141123456789X')).toBe(false);
  });
});
