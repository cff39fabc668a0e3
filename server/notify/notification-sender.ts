import type { Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { renderEmail } from './email-template';
import type { EmailTemplates } from './email-template';
import { readNotificationContent } from './notification-content';
import { retryDelayMs } from './retry-backoff';

/** The one thing the sender needs of nodemailer (its SMTP transporter satisfies it). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
  }): Promise<{ messageId: string }>;
}

export interface SenderLog {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
}

export interface NotificationSenderOptions {
  transport: MailTransport;
  templates: EmailTemplates;
  from: string;
  /** After this many failed attempts the row is marked failed and no longer tried. */
  maxAttempts?: number;
  retry?: { baseMs: number; maxMs: number };
  /** How many emails one pass sends at most. */
  batchSize?: number;
  now?: () => Date;
  log?: SenderLog;
}

export interface SendPass {
  sent: number;
  retrying: number;
  failed: number;
}

const DEFAULT_RETRY = { baseMs: 60_000, maxMs: 3_600_000 };
const DEFAULT_MAX_ATTEMPTS = 8;

interface DueRow {
  id: string;
  event: 'shipped' | 'out_for_delivery' | 'delivered' | 'exception';
  recipient: string;
  attempts: number;
}

/**
 * Sends the notifications that are due, one row per transaction.
 *
 * Delivery guarantee — at least once, with duplicates made recognisable:
 * - a row is claimed with FOR UPDATE SKIP LOCKED and the lock is held while the mail server is
 *   talked to, so two senders (two head-office processes) never mail the same row at once;
 * - the row is marked sent in the same transaction, right after the server accepted the message.
 *   A crash in that window (after the server's 250, before COMMIT) leaves the row pending and it
 *   is sent again — the only way to a second email. We accept it rather than mark "sending"
 *   first, because that would turn the same crash into an email never sent, and a customer who
 *   misses "delivered" is worse off than one who gets it twice;
 * - the Message-ID is fixed per notification (`<notification-id@domain>`), so the second copy
 *   carries the same id as the first and mail systems that de-duplicate by Message-ID show one.
 * The SMTP transport's timeouts bound how long a row lock is held.
 */
export async function sendDueNotifications(
  db: Kysely<CentralDatabase>,
  options: NotificationSenderOptions,
): Promise<SendPass> {
  const pass: SendPass = { sent: 0, retrying: 0, failed: 0 };
  const batch = options.batchSize ?? 50;
  for (let i = 0; i < batch; i += 1) {
    const outcome = await db.transaction().execute((trx) => sendOne(trx, options));
    if (outcome === undefined) break;
    pass[outcome] += 1;
  }
  return pass;
}

async function sendOne(
  trx: Transaction<CentralDatabase>,
  options: NotificationSenderOptions,
): Promise<keyof SendPass | undefined> {
  const now = options.now?.() ?? new Date();
  const row: DueRow | undefined = await trx
    .selectFrom('notifications')
    .select(['id', 'event', 'recipient', 'attempts'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!row) return undefined;
  try {
    const values = await readNotificationContent(trx, row.id);
    if (!values) throw new PermanentFailure('its shipment, order or carrier is missing');
    const email = renderEmail(options.templates, row.event, values);
    const info = await options.transport.sendMail({
      from: options.from,
      to: row.recipient,
      ...email,
      messageId: messageIdFor(row.id, options.from),
    });
    await trx
      .updateTable('notifications')
      .set({
        status: 'sent',
        attempts: row.attempts + 1,
        message_id: info.messageId,
        sent_at: now,
        last_error: null,
      })
      .where('id', '=', row.id)
      .execute();
    options.log?.info({ notification: row.id, event: row.event }, 'customer email sent');
    return 'sent';
  } catch (error) {
    return recordFailure(trx, row, error, now, options);
  }
}

class PermanentFailure extends Error {
  override readonly name = 'PermanentFailure';
}

/** A 5xx reply (mailbox does not exist, message refused) will not change by trying again. */
function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentFailure) return true;
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

async function recordFailure(
  trx: Transaction<CentralDatabase>,
  row: DueRow,
  error: unknown,
  now: Date,
  options: NotificationSenderOptions,
): Promise<'retrying' | 'failed'> {
  const attempts = row.attempts + 1;
  const giveUp = isPermanent(error) || attempts >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const next = new Date(now.getTime() + retryDelayMs(attempts, options.retry ?? DEFAULT_RETRY));
  await trx
    .updateTable('notifications')
    .set({
      status: giveUp ? 'failed' : 'pending',
      attempts,
      last_error: reason,
      ...(giveUp ? {} : { next_attempt_at: next }),
    })
    .where('id', '=', row.id)
    .execute();
  options.log?.warn(
    { notification: row.id, event: row.event, attempts, error: reason },
    giveUp ? 'customer email failed; not trying again' : 'customer email failed; will retry',
  );
  return giveUp ? 'failed' : 'retrying';
}

/** One Message-ID per notification, in the sender's domain, the same on every attempt. */
export function messageIdFor(notificationId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'wharf.invalid';
  return `<notification-${notificationId}@${domain}>`;
}
