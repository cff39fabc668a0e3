import { describe, expect, it } from 'vitest';
import { toUtcTimestamp } from './utc-timestamp';

const iso = (text: string, assumeUtc = false): string | undefined => {
  const result = toUtcTimestamp(text, { assumeUtc });
  return result.ok ? result.iso : undefined;
};

describe('toUtcTimestamp', () => {
  it('turns offsets into UTC', () => {
    expect(iso('2008-01-10T11:00:00-05:00')).toBe('2008-01-10T16:00:00.000Z');
    expect(iso('2024-11-28T09:41:17+00:00')).toBe('2024-11-28T09:41:17.000Z');
    expect(iso('2024-03-01T14:00:00+0100')).toBe('2024-03-01T13:00:00.000Z');
    expect(iso('2024-03-01T05:30:00+05:30')).toBe('2024-03-01T00:00:00.000Z');
    expect(iso('2024-03-01T13:00:00Z')).toBe('2024-03-01T13:00:00.000Z');
    expect(iso('2024-03-01t13:00z')).toBe('2024-03-01T13:00:00.000Z');
  });

  it('accepts a space for the T, minutes-only times and fractions', () => {
    expect(iso('2024-03-01 14:00+01:00')).toBe('2024-03-01T13:00:00.000Z');
    expect(iso('2024-03-01T13:00:00.123456Z')).toBe('2024-03-01T13:00:00.123Z');
    expect(iso('2024-03-01T13:00:00.5Z')).toBe('2024-03-01T13:00:00.500Z');
  });

  it('refuses a time without a timezone unless the source is known to write UTC', () => {
    const result = toUtcTimestamp('2017-03-22T19:28:02');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no timezone/) as unknown });
    expect(iso('2017-03-22T19:28:02', true)).toBe('2017-03-22T19:28:02.000Z');
  });

  it('refuses impossible dates and other formats', () => {
    expect(iso('2023-02-29T00:00:00Z')).toBeUndefined();
    expect(iso('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(iso('2024-04-31T00:00:00Z')).toBeUndefined();
    expect(iso('2024-13-01T00:00:00Z')).toBeUndefined();
    expect(iso('2024-01-01T24:00:00Z')).toBeUndefined();
    expect(iso('2024-01-01T12:60:00Z')).toBeUndefined();
    expect(iso('2024-01-01T12:00:00+15:00')).toBeUndefined();
    expect(iso('0099-01-01T12:00:00Z')).toBeUndefined();
    for (const bad of [
      '01/03/2024 14:00',
      '2024-03-01',
      '1709298000',
      'yesterday',
      '',
      '2024-3-1T1:00:00Z',
    ]) {
      expect(iso(bad), bad).toBeUndefined();
    }
  });
});
