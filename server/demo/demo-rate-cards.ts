import type { RateCard } from '../../shared/domain/shipping/rate-card';
import { EXAMPLE_RATE_CARD } from '../../shared/domain/shipping/example-rate-card';
import type { RateCardCarrierSetupInput } from '../shipping/shipping-setup';

const [standard, express] = EXAMPLE_RATE_CARD.services;
if (!standard || !express) throw new Error('The example rate card lost its services');

/** A US ground carrier for the demo's American sites and customers (USD). */
const ROADRUNNER_CARD: RateCard = {
  carrierCode: 'ROADRUN',
  carrierName: 'Roadrunner',
  currency: 'USD',
  services: [
    { ...standard, code: 'GROUND', name: 'Ground', transitDays: 4, cutOffLocal: '17:00' },
    { ...express, code: 'OVERNIGHT', name: 'Overnight', cutOffLocal: '15:00' },
  ],
  zones: [
    { code: 'US', destinations: [{ country: 'US' }] },
    { code: 'CA', destinations: [{ country: 'CA' }] },
  ],
  bands: [
    { serviceCode: 'GROUND', zoneCode: 'US', upToGrams: 2_000, priceMinor: 795 },
    { serviceCode: 'GROUND', zoneCode: 'US', upToGrams: 30_000, priceMinor: 1_495 },
    { serviceCode: 'GROUND', zoneCode: 'CA', upToGrams: 30_000, priceMinor: 2_495 },
    { serviceCode: 'OVERNIGHT', zoneCode: 'US', upToGrams: 20_000, priceMinor: 2_995 },
  ],
};

/** A European parcel carrier for the Rotterdam site (EUR). */
const EUROPOST_CARD: RateCard = {
  carrierCode: 'EUROPOST',
  carrierName: 'EuroPost',
  currency: 'EUR',
  services: [
    { ...standard, code: 'PARCEL', name: 'Parcel', transitDays: 3, cutOffLocal: '17:30' },
    { ...express, code: 'EXPRESS', name: 'Express 24', cutOffLocal: '16:00' },
  ],
  zones: [
    { code: 'BENELUX', destinations: [{ country: 'NL' }, { country: 'BE' }, { country: 'LU' }] },
    { code: 'EU', destinations: [{ country: 'DE' }, { country: 'FR' }, { country: 'GB' }] },
  ],
  bands: [
    { serviceCode: 'PARCEL', zoneCode: 'BENELUX', upToGrams: 30_000, priceMinor: 695 },
    { serviceCode: 'PARCEL', zoneCode: 'EU', upToGrams: 30_000, priceMinor: 1_295 },
    { serviceCode: 'EXPRESS', zoneCode: 'BENELUX', upToGrams: 20_000, priceMinor: 1_495 },
    { serviceCode: 'EXPRESS', zoneCode: 'EU', upToGrams: 20_000, priceMinor: 2_495 },
  ],
};

/** The demo's rate-card carriers: every demo customer's country is priced by one of them. */
export const DEMO_CARRIERS: readonly RateCardCarrierSetupInput[] = [
  {
    kind: 'rate_card',
    code: 'ROADRUN',
    name: 'Roadrunner',
    rateCard: ROADRUNNER_CARD,
    consignmentPrefix: 'RR',
  },
  {
    kind: 'rate_card',
    code: 'EUROPOST',
    name: 'EuroPost',
    rateCard: EUROPOST_CARD,
    labelSymbology: 'datamatrix',
    consignmentPrefix: 'EP',
  },
];
