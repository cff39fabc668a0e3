import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shippedOrder } from '../testing/shipment-fixture';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import type { TestApp } from '../testing/test-app';
import { startTrackingTestApp } from '../testing/tracking-test-app';
import { postTrackerEvent, trackerEvent } from '../tracking/testing/easypost-tracker-event';
import type { ScanInput } from '../tracking/testing/easypost-tracker-event';
import { signTrackingWebhook } from '../tracking/tracking-signature';
import { loadEmailTemplates } from './email-template';
import { createSmtpTransport } from './mail-config';
import { sendDueNotifications } from './notification-sender';
import type { NotificationSenderOptions } from './notification-sender';
import { queueShipmentNotification } from './queue-notification';
import { startSmtpInbox } from './testing/smtp-inbox';
import type { SmtpInbox } from './testing/smtp-inbox';

const SECRET = 'whsec_emails';
const FROM = 'orders@shop.example';

describe('customer emails from shipping and tracking webhooks', () => {
  let t: TestApp;
  let floor: StationFloor;
  let inbox: SmtpInbox;
  let transport: ReturnType<typeof createSmtpTransport>;
  let sender: NotificationSenderOptions;

  beforeEach(async () => {
    t = await startTrackingTestApp(SECRET);
    floor = await setUpStationFloor(t, 10);
    inbox = await startSmtpInbox();
    transport = createSmtpTransport({ smtpUrl: inbox.url, from: FROM });
    // A minute ahead of the database clock, so what was just queued is due.
    sender = {
      transport,
      templates: loadEmailTemplates(),
      from: FROM,
      now: () => new Date(Date.now() + 60_000),
    };
  });
  afterEach(async () => {
    transport.close();
    await inbox.close();
    await t.close();
  });

  it('mails shipped, out for delivery and delivered once each; redeliveries and forgeries mail nothing', async () => {
    const order = await shippedOrder(t, floor, 'journey-1');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    // What the shipment.create applier does when the label is recorded.
    await t.db.db
      .transaction()
      .execute((trx) =>
        queueShipmentNotification(trx, { shipmentId: parcel.id, event: 'shipped' }),
      );
    await sendDueNotifications(t.db.db, sender);
    expect(inbox.received.map((m) => m.subject)).toEqual([
      `Your order ${order.number} is on its way`,
    ]);

    const scans: ScanInput[] = [
      { status: 'in_transit', at: '2026-11-21T08:00:00Z' },
      { status: 'out_for_delivery', at: '2026-11-22T07:00:00Z' },
    ];
    const body = JSON.stringify(trackerEvent(parcel.trackingNumber, scans, { eventId: 'evt_1' }));
    const forged = await postTrackerEvent(t, 'EZP', body, {
      header: signTrackingWebhook(body, 'guessed-secret'),
    });
    expect(forged.status).toBe(401);
    await sendDueNotifications(t.db.db, sender);
    expect(inbox.received).toHaveLength(1);

    expect((await postTrackerEvent(t, 'EZP', body, { secret: SECRET })).status).toBe(200);
    await sendDueNotifications(t.db.db, sender);
    expect((await postTrackerEvent(t, 'EZP', body, { secret: SECRET })).status).toBe(200);
    await sendDueNotifications(t.db.db, sender);
    expect(inbox.received.map((m) => m.subject)).toEqual([
      `Your order ${order.number} is on its way`,
      `Your order ${order.number} is out for delivery`,
    ]);

    scans.push({ status: 'delivered', at: '2026-11-22T11:00:00Z' });
    const delivered = trackerEvent(parcel.trackingNumber, scans, { eventId: 'evt_2' });
    await postTrackerEvent(t, 'EZP', delivered, { secret: SECRET });
    await postTrackerEvent(t, 'EZP', delivered, { secret: SECRET });
    await sendDueNotifications(t.db.db, sender);
    await sendDueNotifications(t.db.db, sender);
    expect(inbox.received.map((m) => m.subject)).toEqual([
      `Your order ${order.number} is on its way`,
      `Your order ${order.number} is out for delivery`,
      `Your order ${order.number} has been delivered`,
    ]);
    expect(inbox.received.every((m) => m.envelopeTo.join() === 'journey-1@example.com')).toBe(true);
  });

  it('tells the customer about a delivery problem once', async () => {
    const order = await shippedOrder(t, floor, 'journey-2');
    const parcel = order.shipments[0];
    if (!parcel) throw new Error('no parcel');
    const failure = [{ status: 'failure', at: '2026-11-21T08:00:00Z', message: 'Damaged' }];
    await postTrackerEvent(t, 'EZP', trackerEvent(parcel.trackingNumber, failure), {
      secret: SECRET,
    });
    await postTrackerEvent(t, 'EZP', trackerEvent(parcel.trackingNumber, failure), {
      secret: SECRET,
    });
    await sendDueNotifications(t.db.db, sender);
    expect(inbox.received.map((m) => m.subject)).toEqual([
      `A problem with the delivery of your order ${order.number}`,
    ]);
    expect(inbox.received[0]?.text).toContain(parcel.trackingNumber);
  });
});
