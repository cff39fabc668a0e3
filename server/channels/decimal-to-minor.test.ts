import { describe, expect, it } from 'vitest';
import { currencyExponent } from './currency-exponent';
import { decimalToMinor, divideExactly, parseMinorUnits } from './decimal-to-minor';

describe('decimalToMinor', () => {
  it('reads two-decimal currencies exactly, without float error', () => {
    expect(decimalToMinor('199.99', 'USD')).toBe(19999);
    expect(decimalToMinor('0.29', 'EUR')).toBe(29); // 0.29 * 100 is 28.999999999999996 as a float
    expect(decimalToMinor('1234567.89', 'GBP')).toBe(123456789);
  });

  it('pads missing decimals and accepts whole amounts', () => {
    expect(decimalToMinor('199', 'USD')).toBe(19900);
    expect(decimalToMinor('199.9', 'USD')).toBe(19990);
    expect(decimalToMinor('0', 'USD')).toBe(0);
    expect(decimalToMinor('0.00', 'USD')).toBe(0);
    expect(decimalToMinor('007.50', 'USD')).toBe(750);
  });

  it('respects currencies with no decimals and with three', () => {
    expect(decimalToMinor('1500', 'JPY')).toBe(1500);
    expect(decimalToMinor('25000', 'KRW')).toBe(25000);
    expect(decimalToMinor('12.345', 'KWD')).toBe(12345);
    expect(decimalToMinor('0.5', 'BHD')).toBe(500);
    expect(decimalToMinor('1.2345', 'CLF')).toBe(12345);
  });

  it('accepts decimals beyond the currency only when they are zeros', () => {
    expect(decimalToMinor('1500.00', 'JPY')).toBe(1500);
    expect(decimalToMinor('19.990', 'USD')).toBe(1999);
    expect(decimalToMinor('0.0', 'USD')).toBe(0);
  });

  it('refuses amounts that would need rounding', () => {
    expect(() => decimalToMinor('12.345', 'USD')).toThrow(/more decimals than USD allows \(2\)/);
    expect(() => decimalToMinor('1500.5', 'JPY')).toThrow(/more decimals than JPY allows \(0\)/);
    expect(() => decimalToMinor('1.0001', 'KWD')).toThrow(/KWD allows \(3\)/);
  });

  it('refuses malformed text', () => {
    for (const bad of [
      '1e5',
      '-1',
      '+1',
      '',
      ' 1',
      '1 ',
      '1.',
      '.5',
      '1,000.00',
      '12,50',
      '$5',
      'abc',
      '0x10',
      'NaN',
      'Infinity',
      '1.2.3',
      '١٢',
    ]) {
      const result = parseMinorUnits(bad, 'USD');
      expect(result.ok, bad).toBe(false);
    }
    expect(() => decimalToMinor('1e5', 'USD')).toThrow(/not an amount/);
  });

  it('refuses unknown currencies and amounts past the safe integer range', () => {
    expect(() => decimalToMinor('1.00', 'XYZ')).toThrow(/Unknown currency "XYZ"/);
    expect(() => decimalToMinor('1.00', 'usd')).toThrow(/Unknown currency/);
    expect(decimalToMinor('90071992547409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => decimalToMinor('90071992547409.92', 'USD')).toThrow(/too large/);
    expect(() => decimalToMinor('9'.repeat(40), 'USD')).toThrow(/too large/);
  });
});

describe('currencyExponent', () => {
  it('knows ISO 4217 exponents and refuses invented codes', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('IQD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
    expect(currencyExponent('BTC')).toBeUndefined();
    expect(currencyExponent('XAU')).toBeUndefined();
  });
});

describe('divideExactly', () => {
  it('divides only when the parts are whole', () => {
    expect(divideExactly(600, 2)).toBe(300);
    expect(divideExactly(1000, 3)).toBeUndefined();
    expect(divideExactly(0, 5)).toBe(0);
    expect(divideExactly(10, 0)).toBeUndefined();
  });
});
