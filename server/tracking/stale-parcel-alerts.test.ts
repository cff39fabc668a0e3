import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shippedOrder } from '../testing/shipment-fixture';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import type { TestApp } from '../testing/test-app';
import { startTrackingTestApp } from '../testing/tracking-test-app';
import { raiseStaleParcelAlerts } from './stale-parcel-alerts';
import { postTrackerEvent, trackerEvent } from './testing/easypost-tracker-event';

const SECRET = 'whsec_stale';
const LABELLED = new Date('2026-11-20T10:00:00Z');
const hoursLater = (h: number) => new Date(LABELLED.getTime() + h * 3_600_000);

describe('raiseStaleParcelAlerts', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTrackingTestApp(SECRET);
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const alerts = () =>
    t.db.db
      .selectFrom('tracking_alerts')
      .select(['shipment_id', 'kind', 'message', 'raised_at', 'resolved_at'])
      .orderBy('raised_at')
      .orderBy('id')
      .execute();

  it('flags a parcel that has not moved for the threshold, once, until it moves again', async () => {
    const order = await shippedOrder(t, floor, 's-1', { labelledAt: LABELLED });
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');

    expect(await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(71) })).toEqual({
      raised: [],
      resolved: 0,
    });
    expect(await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(73) })).toEqual({
      raised: [parcel.id],
      resolved: 0,
    });
    expect(await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(90) })).toEqual({
      raised: [],
      resolved: 0,
    });
    expect(await alerts()).toEqual([
      {
        shipment_id: parcel.id,
        kind: 'stale',
        message: `Parcel ${parcel.trackingNumber} has not moved for 73 hours (last label created at 2026-11-20T10:00:00.000Z); ask the carrier where it is.`,
        raised_at: hoursLater(73),
        resolved_at: null,
      },
    ]);

    // The carrier scans it: the alert closes. A scan that then goes quiet again counts from the scan.
    const scan = [{ status: 'in_transit', at: hoursLater(80).toISOString() }];
    await postTrackerEvent(t, 'EZP', trackerEvent(parcel.trackingNumber, scan), { secret: SECRET });
    expect((await alerts())[0]?.resolved_at).not.toBeNull();
    expect(
      (await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(80 + 71), staleAfterHours: 72 }))
        .raised,
    ).toEqual([]);
    expect(
      (await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(80 + 25), staleAfterHours: 24 }))
        .raised,
    ).toEqual([parcel.id]);
    expect(await alerts()).toHaveLength(2);
  });

  it('leaves delivered and returned parcels alone and closes the alert of a voided label', async () => {
    const delivered = await shippedOrder(t, floor, 's-2', { labelledAt: LABELLED });
    const returned = await shippedOrder(t, floor, 's-3', { labelledAt: LABELLED });
    const voided = await shippedOrder(t, floor, 's-4', { labelledAt: LABELLED });
    const [d, r, v] = [delivered, returned, voided].map((o) => o.shipments[0]);
    if (!d || !r || !v) throw new Error('parcels expected');
    await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(d.trackingNumber, [{ status: 'delivered', at: hoursLater(1).toISOString() }]),
      { secret: SECRET },
    );
    await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(r.trackingNumber, [
        { status: 'return_to_sender', at: hoursLater(2).toISOString() },
      ]),
      { secret: SECRET },
    );
    expect((await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(100) })).raised).toEqual([
      v.id,
    ]);
    await t.db.db
      .updateTable('shipments')
      .set({
        voided_at: hoursLater(101),
        void_reason: 'torn label',
        voided_by: floor.people.packer,
      })
      .where('id', '=', v.id)
      .execute();
    expect(await raiseStaleParcelAlerts(t.db.db, { now: hoursLater(102) })).toEqual({
      raised: [],
      resolved: 1,
    });
  });

  it('refuses a threshold that is not a positive number of hours', async () => {
    await expect(
      raiseStaleParcelAlerts(t.db.db, { now: LABELLED, staleAfterHours: 0 }),
    ).rejects.toThrow();
  });
});
