import { describe, expect, it } from 'vitest';
import { EXAMPLE_RATE_CARD } from '../../shared/domain/shipping/example-rate-card';
import { CarrierError } from './carrier-error';
import { rateCardCarrier } from './rate-card-adapter';

const address = (country: string, postcode: string) => ({
  name: 'A Person',
  line1: '1 High St',
  city: 'Town',
  postcode,
  country,
});
const parcel = (weightGrams: number, country = 'GB', postcode = 'SW1A 1AA') => ({
  weightGrams,
  lengthMm: 300,
  widthMm: 200,
  heightMm: 100,
  origin: address('GB', 'M1 1AA'),
  destination: address(country, postcode),
});

describe('rate-card carrier', () => {
  const carrier = rateCardCarrier({
    code: 'PARCELCO',
    name: 'ParcelCo',
    rate_card: EXAMPLE_RATE_CARD,
  });

  it('quotes from the card, leaving out services that cannot take the parcel', async () => {
    expect(await carrier.rates(parcel(1500))).toEqual([
      expect.objectContaining({
        serviceCode: 'STANDARD',
        price: { amountMinor: 495, currency: 'GBP' },
      }),
      expect.objectContaining({
        serviceCode: 'EXPRESS',
        price: { amountMinor: 995, currency: 'GBP' },
        transitDays: 1,
      }),
    ]);
    expect((await carrier.rates(parcel(25_000))).map((r) => r.serviceCode)).toEqual(['STANDARD']);
    expect(await carrier.rates(parcel(1000, 'FR', '75001'))).toEqual([]);
  });

  it('leaves labels to the station and records manifests as handed over on paper', async () => {
    const label = { trackingNumber: 'PC0001', providerShipmentId: 'x' };
    await expect(
      carrier.buyLabel({ serviceCode: 'STANDARD', shipment: parcel(1000) }),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    await expect(carrier.void(label)).rejects.toBeInstanceOf(CarrierError);
    await expect(carrier.track('PC0001')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(await carrier.submitManifest([label])).toEqual({ submissionRef: 'rate-card' });
  });

  it('refuses to quote from a broken card', async () => {
    const broken = rateCardCarrier({ code: 'BROKEN', name: 'Broken', rate_card: { services: [] } });
    await expect(broken.rates(parcel(1000))).rejects.toMatchObject({
      code: 'NOT_CONFIGURED',
      message: expect.stringContaining('rate card of Broken') as unknown,
    });
  });
});
