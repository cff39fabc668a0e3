import { afterEach, describe, expect, it } from 'vitest';
import { ConsignmentRangesAnswerSchema } from '../../../shared/contract/schemas/carrier-api';
import { allocateConsignmentRange } from '../../carriers/consignment-ranges';
import { startCarrierTestApp } from '../../carriers/testing/carrier-test-app';
import type { CarrierTestApp } from '../../carriers/testing/carrier-test-app';
import { addStation } from '../../testing/fixtures';
import { newId } from '../../pipeline/ids';

describe('POST /v1/carriers/:code/consignment-ranges', () => {
  let c: CarrierTestApp;
  afterEach(() => c.close());

  const ask = (token = c.floor.station.token, code = 'PARCELCO') =>
    c.t.request('POST', `/v1/carriers/${code}/consignment-ranges`, { token });

  /** A shipment that used `serial` of the range, as the station's upload records it. */
  async function useSerial(rangeId: string, serial: number) {
    const parcel = await c.addParcel();
    await c.t.db.db
      .insertInto('shipments')
      .values({
        id: newId(),
        warehouse_id: c.floor.shop.east.id,
        fulfilment_id: c.order.fulfilmentId,
        parcel_id: parcel.id,
        carrier_code: 'PARCELCO',
        service_code: 'STANDARD',
        service_name: 'Standard',
        tracking_number: `PC${serial}`,
        consignment_range_id: rangeId,
        consignment_serial: serial,
        price_minor: 495,
        currency: 'GBP',
        choice_reason: 'cheapest',
        parcel_index: 1,
        parcel_count: 1,
        station_id: c.floor.station.stationId,
        person_id: c.floor.people.packer,
        created_at: new Date(),
      })
      .execute();
  }

  it('cuts a block once, keeps it while enough is unused, and refills when low', async () => {
    c = await startCarrierTestApp();
    const first = await ask();
    expect(first.status).toBe(201);
    const a = ConsignmentRangesAnswerSchema.parse(first.body);
    expect(a).toMatchObject({
      allocated: true,
      ranges: [{ carrierCode: 'PARCELCO', prefix: 'PC', first: 1, last: 10, next: 1 }],
    });

    const again = await ask();
    expect(again.status).toBe(200);
    expect(ConsignmentRangesAnswerSchema.parse(again.body)).toEqual({ ...a, allocated: false });

    // 8 of 10 used leaves 2, the fifth of a block that is still enough.
    const rangeId = a.ranges[0]?.id ?? '';
    await useSerial(rangeId, 8);
    const enough = ConsignmentRangesAnswerSchema.parse((await ask()).body);
    expect(enough.allocated).toBe(false);
    expect(enough.ranges[0]?.next).toBe(9);

    await useSerial(rangeId, 9);
    const low = await ask();
    expect(low.status).toBe(201);
    expect(
      ConsignmentRangesAnswerSchema.parse(low.body).ranges.map((r) => [r.first, r.last]),
    ).toEqual([
      [1, 10],
      [11, 20],
    ]);
    const carrier = await c.t.db.db
      .selectFrom('carriers')
      .select('next_serial')
      .where('code', '=', 'PARCELCO')
      .executeTakeFirstOrThrow();
    expect(carrier.next_serial).toBe(21);
  });

  it('cuts one block for two calls at once, and separate blocks for two stations', async () => {
    c = await startCarrierTestApp();
    const other = await addStation(c.t.db.db, { warehouseId: c.floor.shop.east.id });
    const answers = await Promise.all([ask(), ask(), ask(other.token)]);
    const mine = answers
      .slice(0, 2)
      .map((r) => r.status)
      .sort();
    expect(mine).toEqual([200, 201]);
    expect(answers[2]?.status).toBe(201);
    const rows = await c.t.db.db
      .selectFrom('consignment_ranges')
      .select(['station_id', 'first_serial', 'last_serial'])
      .orderBy('first_serial')
      .execute();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.station_id))).toEqual(
      new Set([c.floor.station.stationId, other.stationId]),
    );
    expect(rows.map((r) => [r.first_serial, r.last_serial])).toEqual([
      [1, 10],
      [11, 20],
    ]);
  });

  it('never overlaps blocks cut in concurrent transactions', async () => {
    c = await startCarrierTestApp();
    const owner = {
      stationId: c.floor.station.stationId,
      warehouseId: c.floor.shop.east.id,
      carrierCode: 'PARCELCO',
    };
    const blocks = await Promise.all(
      Array.from({ length: 6 }, () =>
        c.t.db.db.transaction().execute((trx) => allocateConsignmentRange(trx, owner)),
      ),
    );
    const spans = blocks.map((b) => [b.first, b.last]).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
    expect(spans).toEqual([1, 11, 21, 31, 41, 51].map((f) => [f, f + 9]));
  });

  it('refuses middleware carriers, unknown carriers, bad codes and bad tokens', async () => {
    c = await startCarrierTestApp();
    expect((await ask(undefined, 'USPS')).status).toBe(409);
    expect((await ask(undefined, 'NOPE')).status).toBe(404);
    expect((await ask(undefined, 'lower')).status).toBe(400);
    const unauthenticated = await ask('wrong-token');
    expect(unauthenticated.status).toBe(401);
    await c.t.db.db
      .updateTable('carriers')
      .set({ active: false })
      .where('code', '=', 'PARCELCO')
      .execute();
    expect((await ask()).status).toBe(409);
    expect(await c.t.db.db.selectFrom('consignment_ranges').select('id').execute()).toHaveLength(0);
  });
});
