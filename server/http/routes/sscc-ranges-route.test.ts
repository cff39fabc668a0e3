import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SsccRangesAnswerSchema } from '../../../shared/contract/schemas/sscc-api';
import { makeSscc } from '../../../shared/labels/sscc';
import { newId } from '../../pipeline/ids';
import { PipelineError } from '../../pipeline/pipeline-error';
import { allocateSsccRange } from '../../shipping/sscc-ranges';
import { addStation } from '../../testing/fixtures';
import { releasedOrder } from '../../testing/floor-work';
import type { ReleasedOrder } from '../../testing/floor-work';
import { seedShippingSetup } from '../../testing/shipping-fixture';
import { setUpStationFloor } from '../../testing/station-floor';
import type { StationFloor } from '../../testing/station-floor';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/sscc-ranges', () => {
  let t: TestApp;
  let floor: StationFloor;
  let order: ReleasedOrder;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t);
    order = await releasedOrder(t, floor, 'sscc-1', [{ sku: 'MUG-1', quantity: 1 }]);
  });
  afterEach(() => t.close());

  const ask = (token = floor.station.token, body: unknown = {}) =>
    t.request('POST', '/v1/sscc-ranges', { token, body });
  const answer = async (token?: string) => {
    const res = await ask(token);
    return { status: res.status, ...SsccRangesAnswerSchema.parse(res.body) };
  };
  const nextSerial = async () =>
    (await t.db.db.selectFrom('company_gs1').select('next_serial').executeTakeFirstOrThrow())
      .next_serial;

  /** A parcel labelled with this SSCC, as the station's upload records it. */
  async function labelWithSscc(sscc: string, stationId = floor.station.stationId) {
    const parcelId = newId();
    await t.db.db
      .insertInto('parcels')
      .values({
        id: parcelId,
        number: `P-${parcelId.slice(-8)}`,
        warehouse_id: floor.shop.east.id,
        fulfilment_id: order.fulfilmentId,
        box_code: 'BOX-M',
        weight_grams: 900,
        length_mm: 300,
        width_mm: 200,
        height_mm: 100,
        items: JSON.stringify([]),
        last: false,
        station_id: stationId,
        person_id: floor.people.packer,
      })
      .execute();
    await t.db.db
      .insertInto('shipments')
      .values({
        id: newId(),
        warehouse_id: floor.shop.east.id,
        fulfilment_id: order.fulfilmentId,
        parcel_id: parcelId,
        carrier_code: 'PARCELCO',
        service_code: 'STANDARD',
        service_name: 'Standard',
        tracking_number: `PC${parcelId.replaceAll('-', '').slice(-12).toUpperCase()}`,
        sscc,
        price_minor: 495,
        currency: 'GBP',
        choice_reason: 'cheapest',
        parcel_index: 1,
        parcel_count: 1,
        station_id: stationId,
        person_id: floor.people.packer,
        created_at: new Date(),
      })
      .execute();
  }
  const sscc = (serialReference: number, companyPrefix = '5012345') =>
    makeSscc({ extensionDigit: 0, companyPrefix, serialReference });

  it('answers configured: false and cuts nothing when the company has no GS1 prefix', async () => {
    await seedShippingSetup(t.db.db, { companyGs1: null });
    expect(await answer()).toEqual({
      status: 200,
      allocated: false,
      configured: false,
      ranges: [],
    });
    expect(await t.db.db.selectFrom('sscc_ranges').selectAll().execute()).toEqual([]);
  });

  it('cuts a block once, keeps it while a fifth is unused, and refills when low', async () => {
    await seedShippingSetup(t.db.db, { companyGs1: { companyPrefix: '5012345', rangeSize: 10 } });
    const first = await answer();
    expect(first).toMatchObject({
      status: 201,
      allocated: true,
      configured: true,
      ranges: [{ companyPrefix: '5012345', extensionDigit: 0, first: 1, last: 10 }],
    });
    const again = await answer();
    expect(again).toEqual({ ...first, status: 200, allocated: false });

    // SSCCs under another prefix or extension digit say nothing about this block.
    const other = await addStation(t.db.db, { warehouseId: floor.shop.east.id });
    await labelWithSscc(sscc(10, '5099999'));
    await labelWithSscc(
      makeSscc({ extensionDigit: 1, companyPrefix: '5012345', serialReference: 10 }),
    );
    // 8 of 10 used leaves 2: a fifth of a block, still enough.
    await labelWithSscc(sscc(8));
    expect((await answer()).allocated).toBe(false);

    await labelWithSscc(sscc(9));
    const low = await answer();
    expect(low.status).toBe(201);
    expect(low.ranges.map((r) => [r.first, r.last])).toEqual([
      [1, 10],
      [11, 20],
    ]);
    expect(await nextSerial()).toBe(21);
    // The other station's own first block comes after this one's.
    expect((await answer(other.token)).ranges.map((r) => [r.first, r.last])).toEqual([[21, 30]]);
  });

  it('counts unused serials over every block the station holds', async () => {
    await seedShippingSetup(t.db.db, { companyGs1: { companyPrefix: '5012345', rangeSize: 10 } });
    await answer();
    // The first block is almost used up but a fresh one is held too: no third block.
    await labelWithSscc(sscc(10));
    expect((await answer()).ranges).toHaveLength(2);
    expect((await answer()).allocated).toBe(false);
    await labelWithSscc(sscc(19));
    expect((await answer()).ranges.map((r) => r.first)).toEqual([1, 11, 21]);
  });

  it('cuts one block for two calls at once', async () => {
    await seedShippingSetup(t.db.db);
    const answers = await Promise.all([ask(), ask(), ask()]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const rows = await t.db.db.selectFrom('sscc_ranges').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      station_id: floor.station.stationId,
      warehouse_id: floor.shop.east.id,
      first_serial: 1,
      last_serial: 1000,
    });
    expect(await nextSerial()).toBe(1001);
  });

  it('never overlaps blocks cut in concurrent transactions', async () => {
    await seedShippingSetup(t.db.db, { companyGs1: { companyPrefix: '5012345', rangeSize: 10 } });
    const owner = { stationId: floor.station.stationId, warehouseId: floor.shop.east.id };
    const blocks = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.db.db.transaction().execute((trx) => allocateSsccRange(trx, owner)),
      ),
    );
    expect(blocks.map((b) => [b.first, b.last]).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))).toEqual(
      [1, 11, 21, 31, 41].map((f) => [f, f + 9]),
    );
  });

  it('cuts a short last block where the serial reference runs out, then refuses clearly', async () => {
    // A 10-digit prefix leaves 6 digits of serial reference: 999999 is the last.
    await seedShippingSetup(t.db.db, {
      companyGs1: { companyPrefix: '5012345678', extensionDigit: 3, rangeSize: 10 },
    });
    await t.db.db.updateTable('company_gs1').set({ next_serial: 999_995 }).execute();
    const owner = { stationId: floor.station.stationId, warehouseId: floor.shop.east.id };
    const last = await t.db.db.transaction().execute((trx) => allocateSsccRange(trx, owner));
    expect(last).toMatchObject({ first: 999_995, last: 999_999, extensionDigit: 3 });
    expect(makeSscc({ ...last, serialReference: last.last })).toMatch(/^35012345678999999\d$/);

    const refusal = await t.db.db
      .transaction()
      .execute((trx) => allocateSsccRange(trx, owner))
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PipelineError);
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(
        'All 999999 SSCC serial references under GS1 prefix 3-5012345678 are handed out',
      ) as unknown,
    });
    // Through the route: the station is told why, and nothing moved.
    await labelWithSscc(makeSscc({ ...last, serialReference: 999_999 }));
    const res = await ask();
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await nextSerial()).toBe(1_000_000);
    expect(await t.db.db.selectFrom('sscc_ranges').selectAll().execute()).toHaveLength(1);
  });

  it('refuses a caller that is not an enrolled station, and a body with fields', async () => {
    await seedShippingSetup(t.db.db);
    expect((await ask('not-a-token')).status).toBe(401);
    expect((await ask(floor.shop.manager)).status).toBe(401);
    const res = await ask(floor.station.token, { stationId: newId() });
    expect(res.status).toBe(400);
    expect(await t.db.db.selectFrom('sscc_ranges').selectAll().execute()).toEqual([]);
  });
});
