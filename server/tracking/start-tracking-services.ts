import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { loadEmailTemplates } from '../notify/email-template';
import { createSmtpTransport } from '../notify/mail-config';
import type { MailConfig } from '../notify/mail-config';
import { startNotificationSender } from '../notify/notification-job';
import type { TrackingConfig } from './tracking-config';
import { startTrackingJobs } from './tracking-jobs';

export interface ServiceLog {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

export interface TrackingServices {
  /** True when customer emails are being sent (SMTP configured). */
  mailing: boolean;
  /** Sends due customer emails now rather than at the next tick. */
  wakeMailer(): void;
  stop(): Promise<void>;
}

/**
 * The head office's background work for parcels: the tracking sweep (parked updates, stale
 * alerts) always; the customer-email sender only with a mail server configured — without one,
 * emails stay pending (and are sent once one is configured), which is said once at start-up.
 */
export function startTrackingServices(
  db: Kysely<CentralDatabase>,
  options: {
    tracking: TrackingConfig;
    mail: MailConfig | undefined;
    log: ServiceLog;
    mailEveryMs?: number;
  },
): TrackingServices {
  const { tracking, mail, log } = options;
  if (!tracking.webhookSecret) {
    log.warn({}, 'TRACKING_WEBHOOK_SECRET is not set: carrier tracking webhooks will be refused');
  }
  const sweeps = startTrackingJobs(db, {
    everyMs: tracking.sweepEveryMs,
    staleAfterHours: tracking.staleAfterHours,
    log,
  });
  if (!mail) {
    log.warn({}, 'SMTP_URL is not set: customer emails are queued but not sent');
    return {
      mailing: false,
      wakeMailer: () => undefined,
      stop: () => sweeps.stop(),
    };
  }
  const templates = loadEmailTemplates();
  const transport = createSmtpTransport(mail);
  const sender = startNotificationSender(db, {
    transport,
    templates,
    from: mail.from,
    everyMs: options.mailEveryMs ?? 30_000,
    log,
    onError: (error) => log.error({ err: error }, 'customer email pass failed; trying again'),
  });
  return {
    mailing: true,
    wakeMailer: () => sender.wake(),
    async stop() {
      await Promise.all([sweeps.stop(), sender.stop()]);
      transport.close();
    },
  };
}
