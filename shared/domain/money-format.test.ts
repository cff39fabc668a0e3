import { describe, expect, it } from 'vitest';
import { currencyExponent, formatMinor } from './money-format';

describe('formatMinor', () => {
  it('writes cents as decimals without going through a float', () => {
    expect(formatMinor(50_000, 'USD')).toBe('USD 500.00');
    expect(formatMinor(123_456_789, 'EUR')).toBe('EUR 1,234,567.89');
    expect(formatMinor(5, 'GBP')).toBe('GBP 0.05');
    expect(formatMinor(0, 'GBP')).toBe('GBP 0.00');
    expect(formatMinor(-1999, 'USD')).toBe('USD -19.99');
    // 0.1 + 0.2 style drift would show here if the amount were divided.
    expect(formatMinor(Number.MAX_SAFE_INTEGER, 'USD')).toBe('USD 90,071,992,547,409.91');
  });

  it('knows currencies without cents and with three decimals', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(formatMinor(50_000, 'JPY')).toBe('JPY 50,000');
    expect(formatMinor(1_234, 'KWD')).toBe('KWD 1.234');
  });

  it('does not pretend a fractional amount is money', () => {
    expect(formatMinor(12.5, 'USD')).toBe('USD 12.5 (minor units)');
  });
});
