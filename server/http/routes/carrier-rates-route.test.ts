import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CarrierRatesAnswerSchema } from '../../../shared/contract/schemas/carrier-api';
import { startCarrierTestApp, WAREHOUSE_ADDRESS } from '../../carriers/testing/carrier-test-app';
import type { CarrierTestApp } from '../../carriers/testing/carrier-test-app';

const destination = {
  name: 'Ada Buyer',
  line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postcode: '62701',
  country: 'us',
};

describe('POST /v1/carriers/rates', () => {
  let c: CarrierTestApp;
  afterEach(() => c.close());

  const rates = (over: Record<string, unknown> = {}, token?: string) =>
    c.t.request('POST', '/v1/carriers/rates', {
      token: token ?? c.floor.station.token,
      body: {
        parcelId: randomUUID(),
        weightGrams: 1200,
        dims: { lengthMm: 300, widthMm: 200, heightMm: 100 },
        origin: WAREHOUSE_ADDRESS,
        destination,
        ...over,
      },
    });

  it('quotes every active middleware carrier, cheapest first, in minor units', async () => {
    c = await startCarrierTestApp();
    const res = await rates();
    expect(res.status).toBe(200);
    const answer = CarrierRatesAnswerSchema.parse(res.body);
    expect(answer.unavailable).toEqual([]);
    expect(answer.quotes.map((q) => [q.carrierCode, q.serviceCode, q.priceMinor])).toEqual([
      ['USPS', 'GroundAdvantage', 795],
      ['USPS', 'Priority', 1200],
      ['UPS', 'Ground', 1310],
    ]);
    expect(answer.quotes[1]).toMatchObject({
      serviceName: 'Priority',
      currency: 'USD',
      transitDays: 2,
    });
    // Country codes are read in any case and sent in capitals.
    expect(c.fake.calls('POST', '/v2/shipments')[0]?.body).toMatchObject({
      shipment: { to_address: { country: 'US' } },
    });

    await c.t.db.db
      .updateTable('carriers')
      .set({ active: false })
      .where('code', '=', 'UPS')
      .execute();
    const fewer = CarrierRatesAnswerSchema.parse((await rates()).body);
    expect(fewer.quotes.map((q) => q.carrierCode)).toEqual(['USPS', 'USPS']);
  });

  it('reports one carrier failing without failing the others', async () => {
    c = await startCarrierTestApp({
      fake: {
        carriers: [
          {
            carrier: 'USPS',
            services: [{ service: 'Priority', baseCents: 750, centsPerPound: 0, days: 2 }],
          },
          { carrier: 'UPS', services: [], rateError: 'UPS rating is down' },
        ],
      },
    });
    const answer = CarrierRatesAnswerSchema.parse((await rates()).body);
    expect(answer.quotes.map((q) => q.carrierCode)).toEqual(['USPS']);
    expect(answer.unavailable).toEqual([
      {
        carrierCode: 'UPS',
        carrierName: 'UPS',
        code: 'UNAVAILABLE',
        message: 'UPS gave no rates: UPS rating is down',
        retryable: true,
      },
    ]);
  });

  it('waits out a 429 with Retry-After and answers', async () => {
    c = await startCarrierTestApp();
    c.fake.inject({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const answer = CarrierRatesAnswerSchema.parse((await rates()).body);
    expect(answer.quotes).toHaveLength(3);
    expect(c.fake.requests.map((r) => r.fault)).toEqual(['rate-limit', null]);
  });

  it('lists every carrier unavailable when the middleware is down, timing out or garbled', async () => {
    c = await startCarrierTestApp({ middleware: { timeoutMs: 300, maxAttempts: 2 } });
    const codes = async () =>
      CarrierRatesAnswerSchema.parse((await rates()).body).unavailable.map((u) => u.code);
    c.fake.inject({ kind: 'status', status: 500 }, 2);
    expect(await codes()).toEqual(['UNAVAILABLE', 'UNAVAILABLE']);
    c.fake.inject({ kind: 'hang' });
    expect(await codes()).toEqual(['TIMEOUT', 'TIMEOUT']);
    c.fake.inject({ kind: 'malformed' });
    expect(await codes()).toEqual(['BAD_RESPONSE', 'BAD_RESPONSE']);
    const refused = CarrierRatesAnswerSchema.parse(
      (await rates({ destination: { ...destination, postcode: '1' } })).body,
    );
    expect(refused.unavailable[0]).toMatchObject({
      code: 'REFUSED',
      retryable: false,
      message: expect.stringContaining('1 is not a US postcode') as unknown,
    });
  });

  it('refuses bad tokens and bad bodies before asking anyone', async () => {
    c = await startCarrierTestApp();
    expect((await rates({}, 'nope')).status).toBe(401);
    const bad = await rates({
      weightGrams: 1.5,
      dims: { lengthMm: 0 },
      destination: { country: 'USA' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        code: 'BAD_REQUEST',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'weightGrams' }),
          expect.objectContaining({ path: 'dims.lengthMm' }),
          expect.objectContaining({ path: 'destination.country' }),
        ]) as unknown,
      },
    });
    const notJson = await c.t.request('POST', '/v1/carriers/rates', {
      token: c.floor.station.token,
      raw: '{"parcelId":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect(c.fake.requests).toHaveLength(0);
  });
});
