import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeMiddleware } from './fake-middleware';
import type { FakeMiddleware } from './fake-middleware';

/** The fake must refuse what the real service refuses, or tests against it prove nothing. */
describe('fake shipping middleware', () => {
  let fake: FakeMiddleware;
  beforeEach(async () => {
    fake = await startFakeMiddleware();
  });
  afterEach(() => fake.close());

  const post = (path: string, body: unknown, key: string | null = fake.apiKey) =>
    fetch(fake.url + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === null
          ? {}
          : { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const address = {
    name: 'A',
    street1: '1 Main St',
    city: 'Springfield',
    zip: '62701',
    country: 'US',
  };

  it('refuses a missing or wrong API key with 401', async () => {
    for (const key of [null, 'wrong']) {
      const res = await post('/v2/shipments', {}, key);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'APIKEY.INACTIVE' } });
    }
    expect(fake.requests.map((r) => r.authorized)).toEqual([false, false]);
  });

  it('refuses bad bodies with 422 naming each field, and non-JSON with 400', async () => {
    const res = await post('/v2/shipments', {
      shipment: { to_address: { name: 'A' }, parcel: {} },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; errors: { field: string }[] } };
    expect(body.error.code).toBe('PARAMETER.INVALID');
    expect(body.error.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'shipment.to_address.street1',
        'shipment.from_address',
        'shipment.parcel.weight',
      ]),
    );
    expect((await post('/v2/shipments', '{"shipment":')).status).toBe(400);
    expect((await post('/v2/nothing', {})).status).toBe(404);
  });

  it('sells a shipment once, refunds only what was sold, and keeps scan forms exclusive', async () => {
    const created = (await (
      await post('/v2/shipments', {
        shipment: { to_address: address, from_address: address, parcel: { weight: 10 } },
      })
    ).json()) as { id: string; rates: { id: string }[] };
    const refundEarly = await post(`/v2/shipments/${created.id}/refund`, {});
    expect(refundEarly.status).toBe(422);
    const rate = created.rates[0]?.id;
    expect(
      (await post(`/v2/shipments/${created.id}/buy`, { rate: { id: 'rate_other' } })).status,
    ).toBe(422);
    expect((await post(`/v2/shipments/${created.id}/buy`, { rate: { id: rate } })).status).toBe(
      200,
    );
    const twice = await post(`/v2/shipments/${created.id}/buy`, { rate: { id: rate } });
    expect(twice.status).toBe(422);
    expect(await twice.json()).toMatchObject({ error: { code: 'SHIPMENT.POSTAGE.EXISTS' } });
    expect(fake.issuedTrackingCodes()).toHaveLength(1);
    const shipments = { shipments: [{ id: created.id }] };
    expect((await post('/v2/scan_forms', shipments)).status).toBe(201);
    expect((await post('/v2/scan_forms', shipments)).status).toBe(422);
    expect((await post(`/v2/shipments/shp_unknown/buy`, { rate: { id: rate } })).status).toBe(404);
  });
});
