import type { RateCard } from './rate-card';

/**
 * A small, realistic card (UK domestic carrier, GBP) used by the tests and as a shape to copy
 * when entering a real carrier's table: Northern Ireland and the Highlands priced apart from the
 * rest of GB, Ireland as a whole-country zone.
 */
export const EXAMPLE_RATE_CARD: RateCard = {
  carrierCode: 'PARCELCO',
  carrierName: 'ParcelCo',
  currency: 'GBP',
  services: [
    {
      code: 'STANDARD',
      name: 'Standard',
      transitDays: 3,
      cutOffLocal: '18:00',
      maxWeightGrams: 30_000,
      maxDimensionsMm: { lengthMm: 1200, widthMm: 600, heightMm: 600 },
    },
    {
      code: 'EXPRESS',
      name: 'Express',
      transitDays: 1,
      cutOffLocal: '16:30',
      maxWeightGrams: 20_000,
      maxDimensionsMm: { lengthMm: 1000, widthMm: 500, heightMm: 500 },
    },
  ],
  zones: [
    { code: 'GB', destinations: [{ country: 'GB' }] },
    {
      code: 'GB_REMOTE',
      destinations: [{ country: 'GB', postcodePrefixes: ['BT', 'IV', 'HS'] }],
    },
    { code: 'BELFAST', destinations: [{ country: 'GB', postcodePrefixes: ['BT15'] }] },
    { code: 'IE', destinations: [{ country: 'IE' }] },
  ],
  bands: [
    { serviceCode: 'STANDARD', zoneCode: 'GB', upToGrams: 2_000, priceMinor: 495 },
    { serviceCode: 'STANDARD', zoneCode: 'GB', upToGrams: 10_000, priceMinor: 795 },
    { serviceCode: 'STANDARD', zoneCode: 'GB', upToGrams: 30_000, priceMinor: 1495 },
    { serviceCode: 'STANDARD', zoneCode: 'GB_REMOTE', upToGrams: 30_000, priceMinor: 2495 },
    { serviceCode: 'STANDARD', zoneCode: 'BELFAST', upToGrams: 30_000, priceMinor: 1995 },
    { serviceCode: 'STANDARD', zoneCode: 'IE', upToGrams: 10_000, priceMinor: 1850 },
    { serviceCode: 'EXPRESS', zoneCode: 'GB', upToGrams: 2_000, priceMinor: 995 },
    { serviceCode: 'EXPRESS', zoneCode: 'GB', upToGrams: 20_000, priceMinor: 1995 },
    { serviceCode: 'EXPRESS', zoneCode: 'GB_REMOTE', upToGrams: 20_000, priceMinor: 3495 },
  ],
};
