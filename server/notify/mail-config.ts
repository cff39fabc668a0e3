import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { MailTransport } from './notification-sender';

export class MailConfigError extends Error {
  override readonly name = 'MailConfigError';
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

const SmtpUrlSchema = z.url({
  protocol: /^smtps?$/,
  error: 'SMTP_URL must look like smtp://host:587 or smtps://user:pass@host:465',
});
const FromSchema = z.union([
  z.email(),
  z
    .string()
    .regex(
      /^[^<>\r\n]{1,100} <[^<>\s@]+@[^<>\s@]+>$/,
      'MAIL_FROM must be an address, or Name <address>',
    ),
]);

/**
 * Mail settings from SMTP_URL and MAIL_FROM. Undefined without SMTP_URL: emails then stay
 * pending until a mail server is configured. Anything set but unusable stops the start-up with
 * the setting named, rather than failing every email later.
 */
export function readMailConfig(env: {
  SMTP_URL?: string | undefined;
  MAIL_FROM?: string | undefined;
}): MailConfig | undefined {
  const url = env.SMTP_URL?.trim() ?? '';
  if (url === '') return undefined;
  const smtpUrl = SmtpUrlSchema.safeParse(url);
  if (!smtpUrl.success)
    throw new MailConfigError(smtpUrl.error.issues[0]?.message ?? 'SMTP_URL is not usable');
  const from = FromSchema.safeParse(env.MAIL_FROM?.trim() ?? '');
  if (!from.success) {
    throw new MailConfigError(
      'Set MAIL_FROM to the address customer emails come from, e.g. "Wharf Shop <orders@example.com>"',
    );
  }
  return { smtpUrl: smtpUrl.data, from: from.data };
}

/** A nodemailer SMTP transport with timeouts, so a mail server that hangs cannot hold a row lock for long. */
export function createSmtpTransport(config: MailConfig): MailTransport & { close(): void } {
  const url = new URL(config.smtpUrl);
  const secure = url.protocol === 'smtps:';
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
