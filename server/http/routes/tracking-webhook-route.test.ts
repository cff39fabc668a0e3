import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTrackingCarrier, shippedOrder } from '../../testing/shipment-fixture';
import type { ShippedOrder } from '../../testing/shipment-fixture';
import { setUpStationFloor } from '../../testing/station-floor';
import type { StationFloor } from '../../testing/station-floor';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import { startTrackingTestApp } from '../../testing/tracking-test-app';
import { replayParkedTrackerUpdates } from '../../tracking/replay-parked-updates';
import { postTrackerEvent, trackerEvent } from '../../tracking/testing/easypost-tracker-event';
import type { ScanInput } from '../../tracking/testing/easypost-tracker-event';
import { signTrackingWebhook } from '../../tracking/tracking-signature';

const SECRET = 'whsec_tracking_test';
const signed = { secret: SECRET };

describe('POST /v1/webhooks/tracking/:carrierCode', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTrackingTestApp(SECRET);
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const db = () => t.db.db;
  const shipment = (id: string) =>
    db()
      .selectFrom('shipments')
      .select(['tracking_state', 'tracking_updated_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const orderStatus = async (o: ShippedOrder) =>
    (
      await db()
        .selectFrom('orders')
        .select('status')
        .where('id', '=', o.orderId)
        .executeTakeFirstOrThrow()
    ).status;
  const events = (shipmentId: string) =>
    db()
      .selectFrom('tracking_events')
      .select(['carrier_status', 'state', 'description', 'location', 'occurred_at'])
      .where('shipment_id', '=', shipmentId)
      .orderBy('occurred_at')
      .execute();
  const notifications = (shipmentId: string) =>
    db()
      .selectFrom('notifications')
      .select(['event', 'recipient', 'status'])
      .where('shipment_id', '=', shipmentId)
      .orderBy('event')
      .execute();
  const openAlerts = (shipmentId: string) =>
    db()
      .selectFrom('tracking_alerts')
      .select(['kind', 'message'])
      .where('shipment_id', '=', shipmentId)
      .where('resolved_at', 'is', null)
      .execute();

  it('refuses a missing or wrong signature and changes nothing', async () => {
    const order = await shippedOrder(t, floor, 'c-1');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    const body = trackerEvent(parcel.trackingNumber, [
      { status: 'delivered', at: '2026-11-21T10:00:00Z' },
    ]);
    const raw = JSON.stringify(body);
    for (const header of [
      undefined,
      signTrackingWebhook(raw, 'not-the-secret'),
      signTrackingWebhook(`${raw} `, SECRET),
      signTrackingWebhook(raw, SECRET).replace('hmac-sha256-hex=', 'sha256='),
      'hmac-sha256-hex=',
    ]) {
      const res = await postTrackerEvent(t, 'EZP', raw, { header });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { code: 'SIGNATURE_INVALID' } });
    }
    expect(await events(parcel.id)).toEqual([]);
    expect(await shipment(parcel.id)).toEqual({
      tracking_state: 'label_created',
      tracking_updated_at: null,
    });
    expect(await notifications(parcel.id)).toEqual([]);
    expect(await orderStatus(order)).toBe('shipped');
  });

  it('refuses everything when the head office has no webhook secret', async () => {
    const plain = await startTestApp();
    try {
      const res = await postTrackerEvent(plain, 'EZP', trackerEvent('EZ1', []), { secret: '' });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({
        error: {
          code: 'UNAUTHENTICATED',
          message: expect.stringContaining('TRACKING_WEBHOOK_SECRET') as unknown,
        },
      });
    } finally {
      await plain.close();
    }
  });

  it('answers a malformed body with what was wrong', async () => {
    const notJson = await postTrackerEvent(t, 'EZP', '{"id": ', signed);
    expect(notJson).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: 'The webhook body is not valid JSON' } },
    });
    const noId = await postTrackerEvent(t, 'EZP', { description: 'tracker.updated' }, signed);
    expect(noId).toMatchObject({
      status: 400,
      body: { error: { issues: [{ path: 'id' }, { path: 'result' }] } },
    });
    const bad = trackerEvent('EZ123', [{ status: 'in_transit', at: 'yesterday afternoon' }]);
    const res = await postTrackerEvent(t, 'EZP', bad, signed);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'BAD_REQUEST',
        message: expect.stringContaining('does not carry a valid tracker') as unknown,
        issues: expect.arrayContaining([
          { path: 'result.tracking_details.0.datetime', message: 'Invalid ISO datetime' },
        ]) as unknown,
      },
    });
    const other = await postTrackerEvent(
      t,
      'EZP',
      { id: 'evt_b1', object: 'Event', description: 'batch.updated', result: {} },
      signed,
    );
    expect(other).toMatchObject({ status: 200, body: { ignored: true } });
    const unknownCarrier = await postTrackerEvent(t, 'NOPE', trackerEvent('EZ1', []), signed);
    expect(unknownCarrier).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('records each scan once, moves the parcel forward only, mails on the way, and delivers the order', async () => {
    const order = await shippedOrder(t, floor, 'c-2');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    const scans: ScanInput[] = [
      { status: 'pre_transit', at: '2026-11-20T09:00:00Z' },
      {
        status: 'in_transit',
        at: '2026-11-20T18:30:00-05:00',
        message: 'Departed facility',
        city: 'CHICAGO',
      },
    ];
    const first = await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(parcel.trackingNumber, scans),
      signed,
    );
    expect(first).toMatchObject({
      status: 200,
      body: {
        matched: true,
        shipmentId: parcel.id,
        newEvents: 2,
        state: 'in_transit',
        moved: true,
      },
    });
    expect(await shipment(parcel.id)).toEqual({
      tracking_state: 'in_transit',
      tracking_updated_at: new Date('2026-11-20T23:30:00Z'),
    });

    scans.push({ status: 'out_for_delivery', at: '2026-11-21T07:00:00Z' });
    const ofd = trackerEvent(parcel.trackingNumber, scans, { eventId: 'evt_ofd' });
    expect((await postTrackerEvent(t, 'EZP', ofd, signed)).body).toMatchObject({
      newEvents: 1,
      state: 'out_for_delivery',
    });
    // The middleware delivers the same event again: nothing new, nothing mailed twice.
    expect((await postTrackerEvent(t, 'EZP', ofd, signed)).body).toMatchObject({
      newEvents: 0,
      state: 'out_for_delivery',
      moved: false,
    });
    expect(await notifications(parcel.id)).toEqual([
      { event: 'out_for_delivery', recipient: 'c-2@example.com', status: 'pending' },
    ]);

    scans.push({ status: 'delivered', at: '2026-11-21T11:15:00Z', message: 'Left at front door' });
    const delivered = await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(parcel.trackingNumber, scans),
      signed,
    );
    expect(delivered.body).toMatchObject({ state: 'delivered', orderDelivered: true });
    expect(await orderStatus(order)).toBe('delivered');
    const orderEvents = await db()
      .selectFrom('events')
      .select(['from_status', 'to_status', 'actor', 'data'])
      .where('entity_id', '=', order.orderId)
      .where('to_status', '=', 'delivered')
      .execute();
    expect(orderEvents).toMatchObject([
      {
        from_status: 'shipped',
        actor: 'carrier:EZP',
        data: { trackingNumber: parcel.trackingNumber, deliveredAt: '2026-11-21T11:15:00.000Z' },
      },
    ]);

    // A scan from before the delivery arrives late: kept in the history, the parcel stays delivered.
    const late = [
      ...scans,
      { status: 'in_transit', at: '2026-11-21T03:00:00Z', message: 'Arrived at hub' },
    ];
    expect(
      (await postTrackerEvent(t, 'EZP', trackerEvent(parcel.trackingNumber, late), signed)).body,
    ).toMatchObject({
      newEvents: 1,
      state: 'delivered',
      moved: false,
    });
    expect(await shipment(parcel.id)).toEqual({
      tracking_state: 'delivered',
      tracking_updated_at: new Date('2026-11-21T11:15:00Z'),
    });
    expect((await events(parcel.id)).map((e) => [e.carrier_status, e.state])).toEqual([
      ['pre_transit', 'label_created'],
      ['in_transit', 'in_transit'],
      ['in_transit', 'in_transit'],
      ['out_for_delivery', 'out_for_delivery'],
      ['delivered', 'delivered'],
    ]);
    expect((await events(parcel.id))[1]).toMatchObject({
      description: 'Departed facility — status_update',
      location: 'CHICAGO, IL, 62701, US',
    });
    expect((await notifications(parcel.id)).map((n) => n.event)).toEqual([
      'delivered',
      'out_for_delivery',
    ]);
  });

  it('delivers the order only when every live parcel of it is delivered', async () => {
    const order = await shippedOrder(t, floor, 'c-3', { parcels: 2 });
    const [one, two] = order.shipments;
    if (!one || !two) throw new Error('two parcels expected');
    const deliveredAt = (at: string) => [{ status: 'delivered', at }];
    const a = await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(one.trackingNumber, deliveredAt('2026-11-22T10:00:00Z')),
      signed,
    );
    expect(a.body).toMatchObject({ state: 'delivered', orderDelivered: false });
    expect(await orderStatus(order)).toBe('shipped');
    const b = await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(two.trackingNumber, deliveredAt('2026-11-22T12:00:00Z')),
      signed,
    );
    expect(b.body).toMatchObject({ state: 'delivered', orderDelivered: true });
    expect(await orderStatus(order)).toBe('delivered');
  });

  it('raises an exception alert and mails the customer; the alert closes when the parcel moves again', async () => {
    const order = await shippedOrder(t, floor, 'c-4');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    const scans: ScanInput[] = [
      { status: 'in_transit', at: '2026-11-20T10:00:00Z' },
      {
        status: 'failure',
        at: '2026-11-21T10:00:00Z',
        message: 'Address not found',
        statusDetail: 'address_not_found',
      },
    ];
    const res = await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(parcel.trackingNumber, scans),
      signed,
    );
    expect(res.body).toMatchObject({ state: 'exception' });
    expect(await openAlerts(parcel.id)).toEqual([
      {
        kind: 'exception',
        message: `EZP reports a problem with parcel ${parcel.trackingNumber}: Address not found — address_not_found`,
      },
    ]);
    expect((await notifications(parcel.id)).map((n) => n.event)).toEqual(['exception']);

    // The carrier's own system failing says nothing about the parcel: no move, no alert.
    scans.push({
      status: 'error',
      at: '2026-11-21T12:00:00Z',
      message: 'Carrier system unavailable',
    });
    expect(
      (await postTrackerEvent(t, 'EZP', trackerEvent(parcel.trackingNumber, scans), signed)).body,
    ).toMatchObject({
      newEvents: 1,
      state: 'exception',
      moved: false,
    });

    scans.push({ status: 'in_transit', at: '2026-11-22T08:00:00Z', message: 'Address corrected' });
    await postTrackerEvent(t, 'EZP', trackerEvent(parcel.trackingNumber, scans), signed);
    expect(await openAlerts(parcel.id)).toEqual([]);
    expect(await shipment(parcel.id)).toMatchObject({ tracking_state: 'in_transit' });
  });

  it('takes the same webhook arriving twice at once as one', async () => {
    const order = await shippedOrder(t, floor, 'c-6');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    const body = trackerEvent(parcel.trackingNumber, [
      { status: 'in_transit', at: '2026-11-21T07:00:00Z' },
      { status: 'out_for_delivery', at: '2026-11-21T08:00:00Z' },
    ]);
    const answers = await Promise.all([
      postTrackerEvent(t, 'EZP', body, signed),
      postTrackerEvent(t, 'EZP', body, signed),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const counts = answers.map((a) => (a.body as { newEvents: number }).newEvents).sort();
    expect(counts).toEqual([0, 2]);
    expect(await events(parcel.id)).toHaveLength(2);
    expect((await notifications(parcel.id)).map((n) => n.event)).toEqual(['out_for_delivery']);
  });

  it('keeps the history of a voided label but moves nothing for it', async () => {
    const order = await shippedOrder(t, floor, 'c-7');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    await db()
      .updateTable('shipments')
      .set({ voided_at: new Date(), void_reason: 'wrong carrier', voided_by: floor.people.packer })
      .where('id', '=', parcel.id)
      .execute();
    const res = await postTrackerEvent(
      t,
      'EZP',
      trackerEvent(parcel.trackingNumber, [{ status: 'delivered', at: '2026-11-22T10:00:00Z' }]),
      signed,
    );
    expect(res.body).toMatchObject({ newEvents: 1, state: 'label_created', moved: false });
    expect(await notifications(parcel.id)).toEqual([]);
    expect(await orderStatus(order)).toBe('shipped');
  });

  it('parks an update for an unknown tracking number and applies it once the shipment arrives', async () => {
    await addTrackingCarrier(db());
    const body = trackerEvent(
      'EZ0000000077',
      [{ status: 'in_transit', at: '2026-11-20T10:00:00Z' }],
      {
        eventId: 'evt_early',
      },
    );
    expect(await postTrackerEvent(t, 'EZP', body, signed)).toMatchObject({
      status: 202,
      body: { matched: false, parked: true },
    });
    expect((await postTrackerEvent(t, 'EZP', body, signed)).body).toEqual({
      matched: false,
      parked: false,
    });
    expect(await replayParkedTrackerUpdates(db())).toBe(0);

    const order = await shippedOrder(t, floor, 'c-5', { trackingNumbers: ['EZ0000000077'] });
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    expect(await replayParkedTrackerUpdates(db())).toBe(1);
    expect(await shipment(parcel.id)).toEqual({
      tracking_state: 'in_transit',
      tracking_updated_at: new Date('2026-11-20T10:00:00Z'),
    });
    expect(await replayParkedTrackerUpdates(db())).toBe(0);
    expect(await events(parcel.id)).toHaveLength(1);
  });
});
