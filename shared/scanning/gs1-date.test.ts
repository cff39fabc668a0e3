import { describe, expect, it } from 'vitest';
import { gs1FullYear, readGs1Date, readGs1DateTime } from './gs1-date';

const TODAY = new Date(Date.UTC(2026, 10, 26));

describe('GS1 century rule', () => {
  it('keeps years near today in this century', () => {
    expect(gs1FullYear(26, TODAY)).toBe(2026);
    expect(gs1FullYear(76, TODAY)).toBe(2076);
    expect(gs1FullYear(0, TODAY)).toBe(2000);
  });

  it('puts a year more than 50 ahead in the last century', () => {
    expect(gs1FullYear(77, TODAY)).toBe(1977);
    expect(gs1FullYear(99, TODAY)).toBe(1999);
  });

  it('puts a year 50 or more behind in the next century', () => {
    const late = new Date(Date.UTC(2080, 0, 1));
    expect(gs1FullYear(30, late)).toBe(2130);
    expect(gs1FullYear(31, late)).toBe(2031);
  });
});

describe('readGs1Date', () => {
  it('reads YYMMDD as an ISO date', () => {
    expect(readGs1Date('260630', TODAY)).toBe('2026-06-30');
    expect(readGs1Date('241231', TODAY)).toBe('2024-12-31');
  });

  it('reads DD=00 as the last day of the month, leap years included', () => {
    expect(readGs1Date('170000', TODAY)).toBeNull();
    expect(readGs1Date('240200', TODAY)).toBe('2024-02-29');
    expect(readGs1Date('250200', TODAY)).toBe('2025-02-28');
    expect(readGs1Date('261100', TODAY)).toBe('2026-11-30');
  });

  it('refuses impossible months and days', () => {
    expect(readGs1Date('251332', TODAY)).toBeNull();
    expect(readGs1Date('250230', TODAY)).toBeNull();
    expect(readGs1Date('250431', TODAY)).toBeNull();
    expect(readGs1Date('2506AB', TODAY)).toBeNull();
  });
});

describe('readGs1DateTime', () => {
  it('reads YYMMDDHHMM as an ISO date-time', () => {
    expect(readGs1DateTime('2606301430', TODAY)).toBe('2026-06-30T14:30');
  });

  it('refuses day 00, hour 24 and minute 60', () => {
    expect(readGs1DateTime('2606001430', TODAY)).toBeNull();
    expect(readGs1DateTime('2606302400', TODAY)).toBeNull();
    expect(readGs1DateTime('2606301260', TODAY)).toBeNull();
  });
});
