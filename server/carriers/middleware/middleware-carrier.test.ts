import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipmentRequest } from '../carrier-adapter';
import { CarrierError } from '../carrier-error';
import { startFakeMiddleware } from '../testing/fake-middleware';
import type { FakeMiddleware } from '../testing/fake-middleware';
import { createMiddlewareClient } from './easypost-client';
import { MiddlewareConfigSchema } from './middleware-config';
import type { MiddlewareConfigInput } from './middleware-config';
import { middlewareCarrier } from './middleware-carrier';
import { shopMiddlewareRates } from './rate-shop';

const shipment: ShipmentRequest = {
  weightGrams: 1200,
  lengthMm: 300,
  widthMm: 200,
  heightMm: 100,
  origin: {
    name: 'Wharf East',
    line1: '10 Dock Rd',
    city: 'Newark',
    region: 'NJ',
    postcode: '07102',
    country: 'US',
  },
  destination: {
    name: 'Ada Buyer',
    line1: '1 Main St',
    city: 'Springfield',
    region: 'IL',
    postcode: '62701',
    country: 'US',
  },
  reference: 'P-EAST-0001',
};

async function failureOf(work: Promise<unknown>): Promise<CarrierError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CarrierError) return error;
    throw error;
  }
  throw new Error('expected a CarrierError');
}

describe('middleware carrier against the fake EasyPost-style service', () => {
  let fake: FakeMiddleware;
  const setUp = (over: Partial<MiddlewareConfigInput> = {}) => {
    const config = MiddlewareConfigSchema.parse({
      url: fake.url,
      apiKey: fake.apiKey,
      backoffBaseMs: 20,
      ...over,
    });
    const client = createMiddlewareClient(config);
    return { client, usps: middlewareCarrier(client, { code: 'USPS', name: 'USPS' }) };
  };

  beforeEach(async () => {
    fake = await startFakeMiddleware();
  });
  afterEach(() => fake.close());

  it('prices, buys a real ZPL label, tracks, manifests and refunds', async () => {
    const { usps } = setUp();
    const rates = await usps.rates(shipment);
    expect(rates.map((r) => r.serviceCode)).toEqual(['GroundAdvantage', 'Priority']);
    // 1200 g is 42.4 oz, 3 lb: Priority is 7.50 + 3 × 1.50.
    expect(rates[1]).toMatchObject({
      serviceName: 'Priority',
      price: { amountMinor: 1200, currency: 'USD' },
      transitDays: 2,
    });
    const created = fake.calls('POST', '/v2/shipments')[0];
    expect(created?.authorized).toBe(true);
    expect(created?.body).toMatchObject({
      shipment: {
        parcel: { weight: 42.4, length: 11.9, width: 7.9, height: 4 },
        to_address: { street1: '1 Main St', zip: '62701', state: 'IL' },
        options: { label_format: 'ZPL' },
      },
    });

    const label = await usps.buyLabel({
      serviceCode: 'Priority',
      rateId: rates[1]?.rateId,
      shipment,
    });
    expect(label.trackingNumber).toBe(fake.issuedTrackingCodes()[0]);
    expect(label.price).toEqual({ amountMinor: 1200, currency: 'USD' });
    expect(label.zpl).toMatch(/^\^XA/);
    expect(label.zpl).toContain(`^FD${label.trackingNumber}`);
    expect(label.zpl).toContain('Ada Buyer');

    const tracked = await usps.track(label.trackingNumber);
    expect(tracked).toMatchObject({ state: 'label_created', carrierStatus: 'pre_transit' });

    const manifest = await usps.submitManifest([label]);
    expect(manifest.submissionRef).toMatch(/^sf_/);
    // Once collected on a scan form, the carrier will not refund it.
    const refused = await failureOf(usps.void(label));
    expect(refused).toMatchObject({ code: 'REFUSED', carrierCode: 'USPS', retryable: false });
  });

  it('buys by service code when no rate id is given, and refunds', async () => {
    const { usps } = setUp();
    const label = await usps.buyLabel({ serviceCode: 'GroundAdvantage', shipment });
    expect(label.serviceCode).toBe('GroundAdvantage');
    expect(await usps.void(label)).toEqual({ refundStatus: 'submitted' });
    const missing = await failureOf(usps.buyLabel({ serviceCode: 'Overnight', shipment }));
    expect(missing.code).toBe('REFUSED');
    expect(missing.message).toContain('does not offer Overnight');
  });

  it('passes the carrier refusal of a bad address on with its field errors', async () => {
    const { usps } = setUp();
    const error = await failureOf(
      usps.rates({ ...shipment, destination: { ...shipment.destination, postcode: 'ABC' } }),
    );
    expect(error.code).toBe('REFUSED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('Address not found');
    expect(error.message).toContain('shipment.to_address.zip: ABC is not a US postcode');
    expect(fake.calls('POST', '/v2/shipments')).toHaveLength(1);
  });

  it('retries a 500 and succeeds', async () => {
    const { usps } = setUp();
    fake.inject({ kind: 'status', status: 500 }, 2);
    const rates = await usps.rates(shipment);
    expect(rates).toHaveLength(2);
    expect(fake.requests.map((r) => r.fault)).toEqual(['status', 'status', null]);
  });

  it('gives up after the last attempt as UNAVAILABLE', async () => {
    const { usps } = setUp({ maxAttempts: 2 });
    fake.inject({ kind: 'status', status: 503 }, 5);
    const error = await failureOf(usps.rates(shipment));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', retryable: true, carrierCode: 'USPS' });
    expect(fake.requests).toHaveLength(2);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    const { usps } = setUp();
    fake.inject({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const started = Date.now();
    await usps.rates(shipment);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests.map((r) => r.fault)).toEqual(['rate-limit', null]);
  });

  it('fails as RATE_LIMITED at once when Retry-After is longer than it will wait', async () => {
    const { usps } = setUp({ maxBackoffMs: 2000 });
    fake.inject({ kind: 'rate-limit', retryAfterSeconds: 60 });
    const error = await failureOf(usps.rates(shipment));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a hung middleware without retrying', async () => {
    const { usps } = setUp({ timeoutMs: 300 });
    fake.inject({ kind: 'hang' });
    const error = await failureOf(usps.rates(shipment));
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(error.message).toContain('0.3 s');
    expect(fake.requests).toHaveLength(1);
  });

  it('reports a body that is not JSON, or not the expected shape, as BAD_RESPONSE', async () => {
    const { usps } = setUp();
    fake.inject({ kind: 'malformed' });
    const notJson = await failureOf(usps.rates(shipment));
    expect(notJson).toMatchObject({ code: 'BAD_RESPONSE', retryable: true });
    expect(notJson.message).toContain('not JSON');
    fake.inject({ kind: 'wrong-shape' });
    const wrongShape = await failureOf(usps.rates(shipment));
    expect(wrongShape.code).toBe('BAD_RESPONSE');
    expect(wrongShape.detail).toContain('id');
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses the wrong API key as NOT_CONFIGURED', async () => {
    const { usps } = setUp({ apiKey: 'wrong' });
    const error = await failureOf(usps.rates(shipment));
    expect(error.code).toBe('NOT_CONFIGURED');
    expect(error.message).toContain('SHIPPING_MIDDLEWARE_KEY');
  });

  it('downloads or reads inline labels alike', async () => {
    await fake.close();
    fake = await startFakeMiddleware({ inlineLabels: true });
    const { usps } = setUp();
    const label = await usps.buyLabel({ serviceCode: 'Priority', shipment });
    expect(label.zpl).toContain(`^FD${label.trackingNumber}`);
    expect(fake.calls('GET', '/labels/')).toHaveLength(0);
  });

  it('shops every carrier at once, reporting a failing carrier apart', async () => {
    await fake.close();
    fake = await startFakeMiddleware({
      carriers: [
        {
          carrier: 'USPS',
          services: [{ service: 'Priority', baseCents: 750, centsPerPound: 0, days: 2 }],
        },
        { carrier: 'UPS', services: [], rateError: 'UPS is not answering' },
      ],
    });
    const { client } = setUp();
    const carriers = [
      { code: 'USPS', name: 'USPS' },
      { code: 'UPS', name: 'UPS' },
      { code: 'FEDEX', name: 'FedEx' },
    ];
    const answer = await shopMiddlewareRates(client, carriers, shipment);
    expect(answer.quotes).toEqual([
      expect.objectContaining({ carrierCode: 'USPS', serviceCode: 'Priority', priceMinor: 750 }),
    ]);
    expect(answer.unavailable).toEqual([
      expect.objectContaining({ carrierCode: 'UPS', code: 'UNAVAILABLE', retryable: true }),
      expect.objectContaining({ carrierCode: 'FEDEX', code: 'REFUSED', retryable: false }),
    ]);
    fake.inject({ kind: 'status', status: 503 }, 10);
    const down = await shopMiddlewareRates(client, carriers, shipment);
    expect(down.quotes).toEqual([]);
    expect(down.unavailable.map((u) => u.code)).toEqual([
      'UNAVAILABLE',
      'UNAVAILABLE',
      'UNAVAILABLE',
    ]);
    const none = await shopMiddlewareRates(undefined, carriers, shipment);
    expect(none.unavailable.map((u) => u.code)).toEqual([
      'NOT_CONFIGURED',
      'NOT_CONFIGURED',
      'NOT_CONFIGURED',
    ]);
  });
});
