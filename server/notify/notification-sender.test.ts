import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTrackingCarrier, shippedOrder } from '../testing/shipment-fixture';
import type { ShippedOrder } from '../testing/shipment-fixture';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';
import { loadEmailTemplates } from './email-template';
import { createSmtpTransport } from './mail-config';
import { sendDueNotifications } from './notification-sender';
import type { NotificationSenderOptions } from './notification-sender';
import { queueShipmentNotification } from './queue-notification';
import { startSmtpInbox } from './testing/smtp-inbox';
import type { SmtpInbox } from './testing/smtp-inbox';

const FROM = 'Wharf Shop <orders@shop.example>';
// Rows are queued at the database's now(); the sender's clock starts a minute after it.
const T0 = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('the customer email sender', () => {
  let t: TestApp;
  let floor: StationFloor;
  let inbox: SmtpInbox;
  let transport: ReturnType<typeof createSmtpTransport>;
  let sender: NotificationSenderOptions;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    inbox = await startSmtpInbox();
    transport = createSmtpTransport({ smtpUrl: inbox.url, from: FROM });
    sender = {
      transport,
      templates: loadEmailTemplates(),
      from: FROM,
      maxAttempts: 3,
      retry: { baseMs: 60_000, maxMs: 600_000 },
      now: () => T0,
    };
  });
  afterEach(async () => {
    transport.close();
    await inbox.close();
    await t.close();
  });

  const queue = (shipmentId: string, event: 'shipped' | 'delivered' = 'shipped') =>
    t.db.db.transaction().execute((trx) => queueShipmentNotification(trx, { shipmentId, event }));
  const row = (shipmentId: string) =>
    t.db.db
      .selectFrom('notifications')
      .select([
        'status',
        'attempts',
        'next_attempt_at',
        'last_error',
        'message_id',
        'sent_at',
        'id',
      ])
      .where('shipment_id', '=', shipmentId)
      .executeTakeFirstOrThrow();
  const firstParcel = (o: ShippedOrder) => {
    const parcel = o.shipments[0];
    if (!parcel) throw new Error('no parcel');
    return parcel;
  };

  it('mails the customer once per shipment and event, with order, carrier and tracking link', async () => {
    await addTrackingCarrier(t.db.db, 'EZP', {
      name: 'Parcel Express',
      trackingUrlTemplate: 'https://track.example/parcels/{tracking}',
    });
    const order = await shippedOrder(t, floor, 'mail-1', { carrierCode: 'EZP' });
    const parcel = firstParcel(order);
    expect(await queue(parcel.id)).toMatchObject({ queued: true });
    expect(await queue(parcel.id)).toEqual({ queued: false, reason: 'already_queued' });

    expect(await sendDueNotifications(t.db.db, sender)).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    expect(await sendDueNotifications(t.db.db, sender)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(inbox.received).toHaveLength(1);
    const email = inbox.received[0];
    const sent = await row(parcel.id);
    expect(email).toMatchObject({
      envelopeTo: ['mail-1@example.com'],
      subject: `Your order ${order.number} is on its way`,
      messageId: `<notification-${sent.id}@shop.example>`,
    });
    expect(email?.text).toContain('Hello Ada Buyer,');
    expect(email?.text).toContain('parcel 1 of 1 of your order');
    expect(email?.text).toContain('with Parcel Express (Ground)');
    expect(email?.text).toContain(`Tracking number: ${parcel.trackingNumber}`);
    expect(email?.text).toContain(
      `Follow it here: https://track.example/parcels/${parcel.trackingNumber}`,
    );
    expect(email?.html).toContain(
      `<a href="https://track.example/parcels/${parcel.trackingNumber}">`,
    );
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 1,
      last_error: null,
      message_id: `<notification-${sent.id}@shop.example>`,
      sent_at: T0,
    });
  });

  it('gives the tracking number alone when the carrier has no tracking page', async () => {
    const order = await shippedOrder(t, floor, 'mail-2');
    const parcel = firstParcel(order);
    await queue(parcel.id, 'delivered');
    await sendDueNotifications(t.db.db, sender);
    expect(inbox.received[0]?.subject).toBe(`Your order ${order.number} has been delivered`);
    expect(inbox.received[0]?.text).toContain(`Tracking number: ${parcel.trackingNumber}`);
    expect(inbox.received[0]?.text).not.toContain('https://');
    expect(inbox.received[0]?.html).not.toContain('<a ');
  });

  it('retries a mail server that says "try later" with back-off, and delivers exactly once when it accepts', async () => {
    const parcel = firstParcel(await shippedOrder(t, floor, 'mail-3'));
    await queue(parcel.id);
    inbox.refuseWith(450);
    expect(await sendDueNotifications(t.db.db, sender)).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    expect(await row(parcel.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      next_attempt_at: minutes(1),
      last_error: expect.stringContaining('450') as unknown,
    });
    // Not yet due: nothing is tried.
    expect(await sendDueNotifications(t.db.db, { ...sender, now: () => minutes(0.5) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(await sendDueNotifications(t.db.db, { ...sender, now: () => minutes(1) })).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    expect((await row(parcel.id)).next_attempt_at).toEqual(minutes(3));
    inbox.refuseWith(undefined);
    expect(await sendDueNotifications(t.db.db, { ...sender, now: () => minutes(3) })).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    expect(await sendDueNotifications(t.db.db, { ...sender, now: () => minutes(60) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(inbox.refused).toBe(2);
    expect(inbox.received).toHaveLength(1);
    expect(await row(parcel.id)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the last attempt, and at once on a permanent refusal', async () => {
    const busy = firstParcel(await shippedOrder(t, floor, 'mail-4'));
    await queue(busy.id);
    inbox.refuseWith(451);
    for (const at of [0, 1, 3]) {
      await sendDueNotifications(t.db.db, { ...sender, now: () => minutes(at) });
    }
    expect(await row(busy.id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await sendDueNotifications(t.db.db, { ...sender, now: () => minutes(999) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });

    const refused = firstParcel(await shippedOrder(t, floor, 'mail-5'));
    await queue(refused.id);
    inbox.refuseWith(550);
    expect(await sendDueNotifications(t.db.db, sender)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    expect(await row(refused.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: expect.stringContaining('550') as unknown,
    });
    expect(inbox.received).toHaveLength(0);
  });

  it('two senders running at once mail each notification once', async () => {
    const order = await shippedOrder(t, floor, 'mail-6', { parcels: 3 });
    for (const s of order.shipments) await queue(s.id);
    const passes = await Promise.all([
      sendDueNotifications(t.db.db, sender),
      sendDueNotifications(t.db.db, sender),
    ]);
    expect(passes.reduce((sum, p) => sum + p.sent, 0)).toBe(3);
    expect(inbox.received).toHaveLength(3);
    expect(new Set(inbox.received.map((m) => m.messageId)).size).toBe(3);
  });

  it('does not queue an email for a shipment that does not exist', async () => {
    expect(await queue('01900000-0000-7000-8000-00000000abcd')).toEqual({
      queued: false,
      reason: 'no_such_shipment',
    });
  });
});
