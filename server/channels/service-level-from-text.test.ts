import { describe, expect, it } from 'vitest';
import { serviceLevelFromText } from './service-level-from-text';

describe('serviceLevelFromText', () => {
  it('reads the level from common shipping method names', () => {
    expect(serviceLevelFromText('DPD Next Day', 'dpd-next-day')).toBe('next_day');
    expect(serviceLevelFromText('UPS Next-Day Air')).toBe('next_day');
    expect(serviceLevelFromText('FedEx Overnight')).toBe('next_day');
    expect(serviceLevelFromText('DHL Express Worldwide')).toBe('express');
    expect(serviceLevelFromText('Expedited')).toBe('express');
    expect(serviceLevelFromText('Economy (5-8 days)')).toBe('economy');
  });

  it('falls back to standard', () => {
    expect(serviceLevelFromText('Flat Rate', 'flat_rate')).toBe('standard');
    expect(serviceLevelFromText('Free Shipping')).toBe('standard');
    expect(serviceLevelFromText()).toBe('standard');
    expect(serviceLevelFromText(null, undefined, '')).toBe('standard');
    expect(serviceLevelFromText('Expressway Couriers Ltd')).toBe('standard');
  });
});
