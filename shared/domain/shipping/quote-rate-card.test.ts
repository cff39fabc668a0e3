import { describe, expect, it } from 'vitest';
import { EXAMPLE_RATE_CARD } from './example-rate-card';
import { ParcelSchema, quoteRateCard, type Parcel } from './quote-rate-card';

const parcel = (
  weightGrams: number,
  country = 'GB',
  postcode = 'M1 1AE',
  dims = [300, 200, 100],
): Parcel => ({
  weightGrams,
  lengthMm: dims[0] ?? 0,
  widthMm: dims[1] ?? 0,
  heightMm: dims[2] ?? 0,
  destination: { country, postcode },
});

const summary = (p: Parcel) =>
  quoteRateCard(EXAMPLE_RATE_CARD, p).map((r) =>
    r.kind === 'quote'
      ? `${r.serviceCode} ${r.zoneCode} ${r.price.amountMinor} ${r.price.currency}`
      : `${r.serviceCode}: ${r.reason}`,
  );

describe('quoteRateCard', () => {
  it('prices each service from the weight band the parcel falls in, bounds inclusive', () => {
    expect(summary(parcel(2_000))).toEqual(['STANDARD GB 495 GBP', 'EXPRESS GB 995 GBP']);
    expect(summary(parcel(2_001))).toEqual(['STANDARD GB 795 GBP', 'EXPRESS GB 1995 GBP']);
  });

  it('carries what the shipping rules need: transit days, cut-off, carrier', () => {
    const [standard] = quoteRateCard(EXAMPLE_RATE_CARD, parcel(500));
    expect(standard).toEqual({
      kind: 'quote',
      carrierCode: 'PARCELCO',
      carrierName: 'ParcelCo',
      serviceCode: 'STANDARD',
      serviceName: 'Standard',
      zoneCode: 'GB',
      price: { amountMinor: 495, currency: 'GBP' },
      transitDays: 3,
      cutOffLocal: '18:00',
    });
  });

  it('prices the most specific zone', () => {
    expect(summary(parcel(500, 'GB', 'BT7 1NN'))).toEqual([
      'STANDARD GB_REMOTE 2495 GBP',
      'EXPRESS GB_REMOTE 3495 GBP',
    ]);
    expect(summary(parcel(500, 'GB', 'BT15 5GS'))).toEqual([
      'STANDARD BELFAST 1995 GBP',
      'EXPRESS: Express does not go to zone BELFAST',
    ]);
  });

  it('refuses a service the parcel is too heavy for, saying the limit', () => {
    expect(summary(parcel(25_000))).toEqual([
      'STANDARD GB 1495 GBP',
      'EXPRESS: Over 20 kg for Express',
    ]);
    expect(summary(parcel(30_001))).toEqual([
      'STANDARD: Over 30 kg for Standard',
      'EXPRESS: Over 20 kg for Express',
    ]);
  });

  it('refuses when the zone has no band that heavy', () => {
    expect(summary(parcel(12_000, 'IE', 'D02 X285'))).toEqual([
      'STANDARD: No Standard price to zone IE over 10 kg',
      'EXPRESS: Express does not go to zone IE',
    ]);
  });

  it('turns the parcel to fit before refusing it as too big', () => {
    // 1100 mm long: over Express's 1000 mm whichever way it is turned, fine for Standard.
    expect(summary(parcel(1_000, 'GB', 'M1 1AE', [200, 1_100, 300]))).toEqual([
      'STANDARD GB 495 GBP',
      'EXPRESS: Too big for Express: 1100 × 300 × 200 mm is over 1000 × 500 × 500 mm',
    ]);
    expect(summary(parcel(1_000, 'GB', 'M1 1AE', [500, 1_000, 400]))[1]).toBe('EXPRESS GB 995 GBP');
  });

  it('refuses every service for a destination no zone covers', () => {
    expect(summary(parcel(500, 'us', '10001'))).toEqual([
      'STANDARD: No zone covers US 10001',
      'EXPRESS: No zone covers US 10001',
    ]);
  });
});

describe('ParcelSchema', () => {
  it('refuses fractional grams and zero sizes', () => {
    expect(ParcelSchema.safeParse(parcel(500)).success).toBe(true);
    expect(ParcelSchema.safeParse(parcel(500.5)).success).toBe(false);
    expect(ParcelSchema.safeParse(parcel(500, 'GB', 'M1', [0, 10, 10])).success).toBe(false);
  });
});
