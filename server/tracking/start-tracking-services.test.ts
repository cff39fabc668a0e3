import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueShipmentNotification } from '../notify/queue-notification';
import { startSmtpInbox } from '../notify/testing/smtp-inbox';
import type { SmtpInbox } from '../notify/testing/smtp-inbox';
import { shippedOrder } from '../testing/shipment-fixture';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';
import { startTrackingServices } from './start-tracking-services';
import { TrackingConfigError, trackingConfigFromEnv } from './tracking-config';

function recordingLog() {
  const lines: string[] = [];
  const push = (_data: object, message: string) => {
    lines.push(message);
  };
  return { lines, info: push, warn: push, error: push };
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('the head office tracking services', () => {
  let t: TestApp;
  let floor: StationFloor;
  let inbox: SmtpInbox;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    inbox = await startSmtpInbox();
  });
  afterEach(async () => {
    await inbox.close();
    await t.close();
  });

  const queueShipped = async () => {
    const parcel = (await shippedOrder(t, floor, `svc-${inbox.received.length}`)).shipments[0];
    if (!parcel) throw new Error('no parcel');
    await t.db.db
      .transaction()
      .execute((trx) =>
        queueShipmentNotification(trx, { shipmentId: parcel.id, event: 'shipped' }),
      );
  };

  it('sends queued customer emails in the background when SMTP is configured, and stops', async () => {
    await queueShipped();
    const log = recordingLog();
    const services = startTrackingServices(t.db.db, {
      tracking: trackingConfigFromEnv({ TRACKING_WEBHOOK_SECRET: 'whsec' }),
      mail: { smtpUrl: inbox.url, from: 'orders@shop.example' },
      log,
      mailEveryMs: 60_000,
    });
    expect(services.mailing).toBe(true);
    await until(() => inbox.received.length === 1, 'the first email');
    await queueShipped();
    services.wakeMailer();
    await until(() => inbox.received.length === 2, 'the email after a wake-up');
    await services.stop();
    expect(log.lines).not.toContain('SMTP_URL is not set: customer emails are queued but not sent');
  });

  it('leaves emails pending without SMTP and says so once', async () => {
    await queueShipped();
    const log = recordingLog();
    const services = startTrackingServices(t.db.db, {
      tracking: trackingConfigFromEnv({}),
      mail: undefined,
      log,
    });
    services.wakeMailer();
    await services.stop();
    expect(services.mailing).toBe(false);
    expect(log.lines.filter((l) => l.startsWith('SMTP_URL is not set'))).toHaveLength(1);
    expect(log.lines).toContain(
      'TRACKING_WEBHOOK_SECRET is not set: carrier tracking webhooks will be refused',
    );
    const pending = await t.db.db.selectFrom('notifications').select('status').execute();
    expect(pending).toEqual([{ status: 'pending' }]);
    expect(inbox.received).toHaveLength(0);
  });
});

describe('trackingConfigFromEnv', () => {
  it('reads the secret and the stale threshold, 72 hours by default', () => {
    expect(trackingConfigFromEnv({})).toMatchObject({
      webhookSecret: undefined,
      staleAfterHours: 72,
    });
    expect(
      trackingConfigFromEnv({ TRACKING_WEBHOOK_SECRET: ' s3 ', TRACKING_STALE_AFTER_HOURS: '48' }),
    ).toMatchObject({ webhookSecret: 's3', staleAfterHours: 48 });
    expect(() => trackingConfigFromEnv({ TRACKING_STALE_AFTER_HOURS: 'three days' })).toThrow(
      TrackingConfigError,
    );
    expect(() => trackingConfigFromEnv({ TRACKING_STALE_AFTER_HOURS: '-1' })).toThrow(
      /TRACKING_STALE_AFTER_HOURS/,
    );
  });
});
