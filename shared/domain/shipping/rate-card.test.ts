import { describe, expect, it } from 'vitest';
import { EXAMPLE_RATE_CARD } from './example-rate-card';
import { RateCardSchema } from './rate-card';
import { matchZone } from './zone-match';

const messages = (input: unknown): string[] => {
  const result = RateCardSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('RateCardSchema', () => {
  it('accepts the example card', () => {
    expect(RateCardSchema.parse(EXAMPLE_RATE_CARD)).toEqual(EXAMPLE_RATE_CARD);
  });

  it('refuses a band for a service or zone the card does not have', () => {
    const card = {
      ...EXAMPLE_RATE_CARD,
      bands: [
        ...EXAMPLE_RATE_CARD.bands,
        { serviceCode: 'SAMEDAY', zoneCode: 'MARS', upToGrams: 1000, priceMinor: 100 },
      ],
    };
    expect(messages(card)).toEqual([
      'No service SAMEDAY on this card',
      'No zone MARS on this card',
    ]);
  });

  it('refuses two zones claiming the same country and postcode prefix', () => {
    const card = {
      ...EXAMPLE_RATE_CARD,
      zones: [
        ...EXAMPLE_RATE_CARD.zones,
        { code: 'NI', destinations: [{ country: 'GB', postcodePrefixes: ['bt'] }] },
      ],
    };
    expect(messages(card)).toEqual(['GB BT is in both zone GB_REMOTE and zone NI']);
  });

  it('refuses decimal prices, bad cut-off times and duplicate codes', () => {
    const [standard, express] = EXAMPLE_RATE_CARD.services;
    const card = {
      ...EXAMPLE_RATE_CARD,
      services: [
        { ...standard, cutOffLocal: '5pm' },
        { ...express, code: 'STANDARD' },
      ],
      bands: [{ serviceCode: 'STANDARD', zoneCode: 'GB', upToGrams: 2000, priceMinor: 4.95 }],
    };
    expect(messages(card)).toEqual([
      'Use a 24-hour time like 09:30 or 17:00',
      'Amounts are whole minor units (cents), not decimals',
    ]);
    expect(
      messages({
        ...card,
        services: [standard, { ...express, code: 'STANDARD' }],
        bands: EXAMPLE_RATE_CARD.bands.slice(0, 1),
      }),
    ).toEqual(['Service STANDARD is listed twice']);
  });
});

describe('matchZone', () => {
  const zoneOf = (country: string, postcode: string) =>
    matchZone(EXAMPLE_RATE_CARD.zones, { country, postcode })?.code ?? null;

  it('uses the whole-country zone when no prefix matches', () => {
    expect(zoneOf('GB', 'SW1A 1AA')).toBe('GB');
    expect(zoneOf('IE', 'D02 X285')).toBe('IE');
  });

  it('lets the longest postcode prefix win, ignoring case and spaces', () => {
    expect(zoneOf('GB', 'bt7 1nn')).toBe('GB_REMOTE');
    expect(zoneOf('GB', 'bt15 5GS')).toBe('BELFAST');
    expect(zoneOf('gb', 'iv2 3ab')).toBe('GB_REMOTE');
  });

  it('finds no zone for a country the card does not list', () => {
    expect(zoneOf('US', '10001')).toBeNull();
  });
});
