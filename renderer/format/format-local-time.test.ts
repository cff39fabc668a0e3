import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, formatRecentTime } from './format-local-time';

const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' };

describe('formatLocalDateTime', () => {
  it('shows a UTC time in the local time zone', () => {
    expect(formatLocalDateTime('2025-03-12T14:02:07.000Z', berlin)).toBe('12 Mar 2025, 15:02:07');
  });

  it('passes through text that is not a time rather than showing "Invalid Date"', () => {
    expect(formatLocalDateTime('soon', berlin)).toBe('soon');
  });
});

describe('formatRecentTime', () => {
  const now = new Date('2025-03-12T20:00:00.000Z');

  it('shows only the time for today', () => {
    expect(formatRecentTime('2025-03-12T14:02:07.000Z', now, berlin)).toBe('15:02:07');
  });

  it('shows the date for an earlier day, judged in the local time zone', () => {
    // 23:30 UTC on the 11th is already the 12th in Berlin.
    expect(formatRecentTime('2025-03-11T23:30:00.000Z', now, berlin)).toBe('00:30:00');
    expect(formatRecentTime('2025-03-11T22:30:00.000Z', now, berlin)).toBe('11 Mar 2025, 23:30:00');
  });
});
