import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CarrierFailureAnswerSchema,
  CarrierLabelAnswerSchema,
  CarrierRatesAnswerSchema,
  CarrierVoidAnswerSchema,
} from '../../../shared/contract/schemas/carrier-api';
import { startCarrierTestApp, WAREHOUSE_ADDRESS } from '../../carriers/testing/carrier-test-app';
import type { CarrierTestApp } from '../../carriers/testing/carrier-test-app';

describe('POST /v1/carriers/labels and /void', () => {
  let c: CarrierTestApp;
  afterEach(() => c.close());

  const buy = (parcelId: string, over: Record<string, unknown> = {}, token?: string) =>
    c.t.request('POST', '/v1/carriers/labels', {
      token: token ?? c.floor.station.token,
      body: {
        parcelId,
        carrierCode: 'USPS',
        serviceCode: 'Priority',
        origin: WAREHOUSE_ADDRESS,
        ...over,
      },
    });
  const labels = () => c.t.db.db.selectFrom('carrier_labels').selectAll().execute();

  it('buys a label once: a retry, even a concurrent one, gets the same label', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    const first = await buy(parcel.id);
    expect(first.status).toBe(201);
    const label = CarrierLabelAnswerSchema.parse(first.body);
    expect(label).toMatchObject({
      parcelId: parcel.id,
      carrierCode: 'USPS',
      serviceCode: 'Priority',
      trackingNumber: c.fake.issuedTrackingCodes()[0],
      priceMinor: 1200,
      currency: 'USD',
      newlyBought: true,
    });
    expect(label.zpl).toContain(`^FD${label.trackingNumber}`);
    // The middleware was sent the parcel as closed and the order's address.
    expect(c.fake.calls('POST', '/v2/shipments')[0]?.body).toMatchObject({
      shipment: {
        reference: parcel.number,
        to_address: { name: 'Ada Buyer', street1: '1 Main St', zip: '62701' },
        from_address: { street1: '10 Dock Rd' },
      },
    });

    const again = await Promise.all([buy(parcel.id), buy(parcel.id)]);
    for (const answer of again) {
      expect(answer.status).toBe(200);
      expect(CarrierLabelAnswerSchema.parse(answer.body)).toEqual({ ...label, newlyBought: false });
    }
    expect(c.fake.issuedTrackingCodes()).toHaveLength(1);
    expect(await labels()).toHaveLength(1);

    const other = await buy(parcel.id, { serviceCode: 'GroundAdvantage' });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      error: { message: expect.stringContaining('void it before buying another') as unknown },
    });
  });

  it('lets two first purchases race and buys only once', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    const both = await Promise.all([buy(parcel.id), buy(parcel.id)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    const [a, b] = both.map((r) => CarrierLabelAnswerSchema.parse(r.body));
    expect(a?.trackingNumber).toBe(b?.trackingNumber);
    expect(c.fake.calls('POST', '/v2/shipments/')).toHaveLength(1);
  });

  it('buys the exact quote from a rates answer', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    const rates = CarrierRatesAnswerSchema.parse(
      (
        await c.t.request('POST', '/v1/carriers/rates', {
          token: c.floor.station.token,
          body: {
            parcelId: parcel.id,
            weightGrams: 1200,
            dims: { lengthMm: 300, widthMm: 200, heightMm: 100 },
            origin: WAREHOUSE_ADDRESS,
            destination: {
              name: 'Ada Buyer',
              line1: '1 Main St',
              city: 'Springfield',
              postcode: '62701',
              country: 'US',
            },
          },
        })
      ).body,
    );
    const ground = rates.quotes.find((q) => q.carrierCode === 'UPS');
    expect(ground).toBeDefined();
    const res = await buy(parcel.id, {
      carrierCode: 'UPS',
      serviceCode: 'Ground',
      rateId: ground?.rateId,
    });
    expect(res.status).toBe(201);
    expect(CarrierLabelAnswerSchema.parse(res.body).priceMinor).toBe(ground?.priceMinor);
    // Bought on the rated shipment: no second shipment was created.
    expect(c.fake.calls('POST', '/v2/shipments')).toHaveLength(2);
    expect(
      c.fake.calls('POST', '/v2/shipments').filter((r) => r.path === '/v2/shipments'),
    ).toHaveLength(1);
  });

  it('voids through the middleware, keeps the row, and allows a new label', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    const label = CarrierLabelAnswerSchema.parse((await buy(parcel.id)).body);
    const voided = await c.t.request('POST', `/v1/carriers/labels/${parcel.id}/void`, {
      token: c.floor.station.token,
    });
    expect(voided.status).toBe(200);
    expect(CarrierVoidAnswerSchema.parse(voided.body)).toMatchObject({
      trackingNumber: label.trackingNumber,
      refundStatus: 'submitted',
    });
    expect(c.fake.calls('POST', `/v2/shipments/${label.providerShipmentId}/refund`)).toHaveLength(
      1,
    );
    const rows = await labels();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.voided_at).toBeInstanceOf(Date);

    const twice = await c.t.request('POST', `/v1/carriers/labels/${parcel.id}/void`, {
      token: c.floor.station.token,
    });
    expect(twice.status).toBe(404);
    const relabelled = await buy(parcel.id);
    expect(relabelled.status).toBe(201);
    expect(CarrierLabelAnswerSchema.parse(relabelled.body).trackingNumber).not.toBe(
      label.trackingNumber,
    );
  });

  it('retries a middleware 500 and still buys once', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    c.fake.inject({ kind: 'status', status: 500 }, 1, '/v2/shipments/');
    const res = await buy(parcel.id);
    expect(res.status).toBe(201);
    expect(c.fake.issuedTrackingCodes()).toHaveLength(1);
  });

  it('recovers a purchase whose answer was lost instead of failing or paying twice', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    c.fake.inject({ kind: 'lost-answer' }, 1, '/v2/shipments/');
    const res = await buy(parcel.id);
    expect(res.status).toBe(201);
    const label = CarrierLabelAnswerSchema.parse(res.body);
    expect(c.fake.issuedTrackingCodes()).toEqual([label.trackingNumber]);
    // Sold on the first try (answer lost), refused as already sold on the retry, then read back.
    expect(c.fake.requests.map((r) => `${r.method} ${r.path.replace(/shp_\w+/, ':id')}`)).toEqual([
      'POST /v2/shipments',
      'POST /v2/shipments/:id/buy',
      'POST /v2/shipments/:id/buy',
      'GET /v2/shipments/:id',
      'GET /labels/:id',
    ]);
  });

  it('answers a timeout with 503 TIMEOUT and stores nothing', async () => {
    c = await startCarrierTestApp({ middleware: { timeoutMs: 300 } });
    const parcel = await c.addParcel();
    c.fake.inject({ kind: 'hang' });
    const res = await buy(parcel.id);
    expect(res.status).toBe(503);
    expect(CarrierFailureAnswerSchema.parse(res.body).error).toMatchObject({
      code: 'UNAVAILABLE',
      carrier: { code: 'TIMEOUT', carrierCode: 'USPS', retryable: true },
    });
    expect(await labels()).toHaveLength(0);
  });

  it('answers a malformed middleware body with 503 BAD_RESPONSE', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    c.fake.inject({ kind: 'malformed' });
    const res = await buy(parcel.id);
    expect(res.status).toBe(503);
    expect(CarrierFailureAnswerSchema.parse(res.body).error.carrier.code).toBe('BAD_RESPONSE');
    expect(await labels()).toHaveLength(0);
  });

  it('answers the carrier refusing the address with 422 and the reason', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    await c.t.db.db
      .updateTable('orders')
      .set({
        ship_to: JSON.stringify({
          name: 'Ada Buyer',
          line1: '1 Main St',
          city: 'Springfield',
          postcode: '6270',
          country: 'US',
        }),
      })
      .where('id', '=', c.order.orderId)
      .execute();
    const res = await buy(parcel.id);
    expect(res.status).toBe(422);
    const failure = CarrierFailureAnswerSchema.parse(res.body).error;
    expect(failure.carrier).toEqual({ code: 'REFUSED', carrierCode: 'USPS', retryable: false });
    expect(failure.message).toContain('6270 is not a US postcode');
    expect(await labels()).toHaveLength(0);
  });

  it('says the middleware is not set up, retryably, when it is not', async () => {
    c = await startCarrierTestApp({ middleware: 'none' });
    const parcel = await c.addParcel();
    const res = await buy(parcel.id);
    expect(res.status).toBe(503);
    expect(CarrierFailureAnswerSchema.parse(res.body).error.carrier.code).toBe('NOT_CONFIGURED');
    expect(c.fake.requests).toHaveLength(0);
  });

  it('refuses bad tokens, bad bodies, unknown parcels and rate-card carriers', async () => {
    c = await startCarrierTestApp();
    const parcel = await c.addParcel();
    expect((await buy(parcel.id, {}, 'not-a-station-token')).status).toBe(401);
    const bad = await buy('not-a-uuid', { serviceCode: '', origin: { name: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        code: 'BAD_REQUEST',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'parcelId' }),
          expect.objectContaining({ path: 'origin.line1' }),
        ]) as unknown,
      },
    });
    const unknown = await buy(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      error: { message: expect.stringContaining('not at the head office yet') as unknown },
    });
    expect((await buy(parcel.id, { carrierCode: 'NOPE' })).status).toBe(404);
    const rateCard = await buy(parcel.id, { carrierCode: 'PARCELCO', serviceCode: 'STANDARD' });
    expect(rateCard.status).toBe(409);
    const badVoid = await c.t.request('POST', '/v1/carriers/labels/nope/void', {
      token: c.floor.station.token,
    });
    expect(badVoid.status).toBe(400);
    expect(c.fake.requests).toHaveLength(0);
  });
});
