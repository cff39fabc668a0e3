import { createHmac, timingSafeEqual } from 'node:crypto';

/** EasyPost's header (as Node presents it): `hmac-sha256-hex=<64 hex digits>`. */
export const TRACKING_SIGNATURE_HEADER = 'x-hmac-signature';
const PREFIX = 'hmac-sha256-hex=';
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

function digest(rawBody: Buffer, secret: string): Buffer {
  // EasyPost's client libraries NFKD-normalise the secret before keying, so a secret typed with
  // accented characters signs the same on both sides.
  return createHmac('sha256', Buffer.from(secret.normalize('NFKD'), 'utf8'))
    .update(rawBody)
    .digest();
}

/** The header value a sender puts on this body (used by tests and the fake middleware). */
export function signTrackingWebhook(rawBody: Buffer | string, secret: string): string {
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  return `${PREFIX}${digest(body, secret).toString('hex')}`;
}

/**
 * True only when the header is the HMAC-SHA256 of these exact bytes under the secret. The raw
 * bytes matter: re-serialised JSON differs in spacing and escaping. The digests are compared in
 * constant time, and an empty secret never verifies (anyone could sign with it).
 */
export function verifyTrackingSignature(
  rawBody: Buffer,
  secret: string,
  headerValue: string | undefined,
): boolean {
  if (secret.length === 0 || headerValue === undefined) return false;
  const value = headerValue.trim();
  if (!value.startsWith(PREFIX)) return false;
  const hex = value.slice(PREFIX.length);
  if (!HEX_DIGEST.test(hex)) return false;
  return timingSafeEqual(Buffer.from(hex, 'hex'), digest(rawBody, secret));
}
