import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CarrierFailureAnswerSchema,
  CarrierLabelAnswerSchema,
  ManifestSubmissionAnswerSchema,
} from '../../../shared/contract/schemas/carrier-api';
import { startCarrierTestApp, WAREHOUSE_ADDRESS } from '../../carriers/testing/carrier-test-app';
import type { CarrierTestApp } from '../../carriers/testing/carrier-test-app';
import { createMiddlewareClient } from '../../carriers/middleware/easypost-client';
import { MiddlewareConfigSchema } from '../../carriers/middleware/middleware-config';
import { submitManifest } from '../../carriers/submit-manifest';
import { addStation, addWarehouse } from '../../testing/fixtures';
import { newId } from '../../pipeline/ids';

describe('POST /v1/manifests/:id/submit', () => {
  let c: CarrierTestApp;
  afterEach(() => c.close());

  async function addManifest(carrierCode: string, warehouseId = c.floor.shop.east.id) {
    const id = newId();
    const station =
      warehouseId === c.floor.shop.east.id
        ? c.floor.station.stationId
        : (await addStation(c.t.db.db, { warehouseId })).stationId;
    await c.t.db.db
      .insertInto('manifests')
      .values({
        id,
        number: `M-${id.slice(-6)}`,
        warehouse_id: warehouseId,
        carrier_code: carrierCode,
        parcel_count: 1,
        station_id: station,
        person_id: c.floor.people.packer,
        closed_at: new Date(),
      })
      .execute();
    return id;
  }

  /** A parcel labelled through the middleware and recorded as a shipment on the manifest. */
  async function shipOnManifest(manifestId: string, trackingNumber?: string) {
    const parcel = await c.addParcel();
    const bought = await c.t.request('POST', '/v1/carriers/labels', {
      token: c.floor.station.token,
      body: {
        parcelId: parcel.id,
        carrierCode: 'USPS',
        serviceCode: 'Priority',
        origin: WAREHOUSE_ADDRESS,
      },
    });
    const label = CarrierLabelAnswerSchema.parse(bought.body);
    await c.t.db.db
      .insertInto('shipments')
      .values({
        id: newId(),
        warehouse_id: c.floor.shop.east.id,
        fulfilment_id: c.order.fulfilmentId,
        parcel_id: parcel.id,
        carrier_code: 'USPS',
        service_code: 'Priority',
        service_name: 'Priority',
        tracking_number: trackingNumber ?? label.trackingNumber,
        price_minor: label.priceMinor,
        currency: label.currency,
        choice_reason: 'cheapest',
        parcel_index: 1,
        parcel_count: 1,
        station_id: c.floor.station.stationId,
        person_id: c.floor.people.packer,
        created_at: new Date(),
        manifest_id: manifestId,
      })
      .execute();
    return label;
  }

  const submit = (id: string, token = c.floor.station.token) =>
    c.t.request('POST', `/v1/manifests/${id}/submit`, { token });
  const manifestRow = (id: string) =>
    c.t.db.db.selectFrom('manifests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('submits a scan form once, recording a failure first and clearing it on success', async () => {
    c = await startCarrierTestApp({ middleware: { maxAttempts: 1 } });
    const manifestId = await addManifest('USPS');
    const a = await shipOnManifest(manifestId);
    const b = await shipOnManifest(manifestId);

    c.fake.inject({ kind: 'status', status: 503 }, 1, '/v2/scan_forms');
    const failed = await submit(manifestId);
    expect(failed.status).toBe(503);
    expect(CarrierFailureAnswerSchema.parse(failed.body).error.carrier.code).toBe('UNAVAILABLE');
    expect(await manifestRow(manifestId)).toMatchObject({
      submitted_at: null,
      submit_error: expect.stringContaining('HTTP 503') as unknown,
    });

    const ok = await submit(manifestId);
    expect(ok.status).toBe(200);
    const answer = ManifestSubmissionAnswerSchema.parse(ok.body);
    expect(answer).toMatchObject({ submitted: true, submitError: null });
    expect(answer.submissionRef).toMatch(/^sf_/);
    const form = c.fake.calls('POST', '/v2/scan_forms').at(-1);
    expect(form?.body).toEqual({
      shipments: expect.arrayContaining([
        { id: a.providerShipmentId },
        { id: b.providerShipmentId },
      ]) as unknown,
    });

    const repeat = await submit(manifestId);
    expect(ManifestSubmissionAnswerSchema.parse(repeat.body)).toEqual(answer);
    expect(c.fake.calls('POST', '/v2/scan_forms')).toHaveLength(2);
  });

  it('submits one scan form when two submissions race', async () => {
    c = await startCarrierTestApp();
    const manifestId = await addManifest('USPS');
    await shipOnManifest(manifestId);
    const both = await Promise.all([
      submitManifest(c.t.db.db, clientFor(c), manifestId),
      submitManifest(c.t.db.db, clientFor(c), manifestId),
    ]);
    expect(both[0]).toEqual(both[1]);
    expect(c.fake.calls('POST', '/v2/scan_forms')).toHaveLength(1);
  });

  it('refuses a manifest listing a parcel the middleware did not sell', async () => {
    c = await startCarrierTestApp();
    const manifestId = await addManifest('USPS');
    await shipOnManifest(manifestId, 'NOT-SOLD-1');
    const res = await submit(manifestId);
    expect(res.status).toBe(422);
    expect(CarrierFailureAnswerSchema.parse(res.body).error.message).toContain('NOT-SOLD-1');
    expect((await manifestRow(manifestId)).submit_error).toContain('NOT-SOLD-1');
    expect(c.fake.calls('POST', '/v2/scan_forms')).toHaveLength(0);
  });

  it('records a rate-card manifest as handed over with the collection', async () => {
    c = await startCarrierTestApp();
    const manifestId = await addManifest('PARCELCO');
    const res = await submit(manifestId);
    expect(res.status).toBe(200);
    expect(ManifestSubmissionAnswerSchema.parse(res.body)).toMatchObject({
      submitted: true,
      submissionRef: 'rate-card',
    });
    expect(c.fake.requests).toHaveLength(0);
  });

  it("refuses other warehouses' manifests, unknown ids and bad tokens", async () => {
    c = await startCarrierTestApp();
    const west = await addWarehouse(c.t.db.db, 'NORTH', { country: 'US', lat: 45, lon: -93 });
    const theirs = await addManifest('PARCELCO', west.id);
    expect((await submit(theirs)).status).toBe(404);
    expect((await manifestRow(theirs)).submitted_at).toBeNull();
    expect((await submit(randomUUID())).status).toBe(404);
    expect((await submit('nope')).status).toBe(400);
    expect((await submit(theirs, 'bad-token')).status).toBe(401);
  });
});

function clientFor(c: CarrierTestApp) {
  return createMiddlewareClient(
    MiddlewareConfigSchema.parse({ url: c.fake.url, apiKey: c.fake.apiKey }),
  );
}
