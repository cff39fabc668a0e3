import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStation } from '../../testing/fixtures';
import { shippedOrder } from '../../testing/shipment-fixture';
import { setUpStationFloor } from '../../testing/station-floor';
import type { StationFloor } from '../../testing/station-floor';
import type { TestApp } from '../../testing/test-app';
import { startTrackingTestApp } from '../../testing/tracking-test-app';
import { OpenTrackingAlertsAnswerSchema } from '../../tracking/open-alerts-query';
import { raiseStaleParcelAlerts } from '../../tracking/stale-parcel-alerts';
import { postTrackerEvent, trackerEvent } from '../../tracking/testing/easypost-tracker-event';

const SECRET = 'whsec_alerts';

describe('GET /v1/tracking/alerts', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTrackingTestApp(SECRET);
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  it("lists the station's warehouse's open alerts with order, tracking, carrier and state", async () => {
    const labelledAt = new Date('2026-11-20T10:00:00Z');
    const quiet = await shippedOrder(t, floor, 'a-1', { labelledAt });
    const broken = await shippedOrder(t, floor, 'a-2', { labelledAt });
    const [q, b] = [quiet.shipments[0], broken.shipments[0]];
    if (!q || !b) throw new Error('parcels expected');
    await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(b.trackingNumber, [
        { status: 'failure', at: '2026-11-20T12:00:00Z', message: 'Damaged in transit' },
      ]),
      { secret: SECRET },
    );
    const now = new Date(Date.now() + 5_000);
    const swept = await raiseStaleParcelAlerts(t.db.db, { now, staleAfterHours: 1 });
    expect(swept.raised.sort()).toEqual([q.id, b.id].sort());

    const res = await t.request('GET', '/v1/tracking/alerts', { token: floor.station.token });
    expect(res.status).toBe(200);
    const answer = OpenTrackingAlertsAnswerSchema.parse(res.body);
    expect(answer.alerts.map((a) => [a.kind, a.orderNumber])).toEqual([
      ['exception', broken.number],
      ['stale', quiet.number],
      ['stale', broken.number],
    ]);
    expect(answer.alerts[0]).toMatchObject({
      shipmentId: b.id,
      trackingNumber: b.trackingNumber,
      carrierCode: 'EZP',
      carrierName: 'Carrier EZP',
      state: 'exception',
      lastMovementAt: '2026-11-20T12:00:00.000Z',
      message: expect.stringContaining('Damaged in transit') as unknown,
    });
    expect(answer.alerts[1]).toMatchObject({
      state: 'label_created',
      lastMovementAt: null,
      since: now.toISOString(),
    });

    // Another warehouse's station sees none of them; no token, no answer.
    const west = await addStation(t.db.db, { warehouseId: floor.shop.west.id });
    const other = await t.request('GET', '/v1/tracking/alerts', { token: west.token });
    expect(other).toMatchObject({ status: 200, body: { alerts: [] } });
    expect((await t.request('GET', '/v1/tracking/alerts')).status).toBe(401);
    expect((await t.request('GET', '/v1/tracking/alerts', { token: 'nope' })).status).toBe(401);
  });
});
