import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header names as Node presents them (lower case). Both carry base64 HMAC-SHA256 of the body. */
export const SHOPIFY_HMAC_HEADER = 'x-shopify-hmac-sha256';
export const WOOCOMMERCE_SIGNATURE_HEADER = 'x-wc-webhook-signature';
/** Delivery ids, for the route to ignore replays of a webhook it has already taken. */
export const SHOPIFY_WEBHOOK_ID_HEADER = 'x-shopify-webhook-id';
export const WOOCOMMERCE_DELIVERY_ID_HEADER = 'x-wc-webhook-delivery-id';

const SHA256_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function computeHmacSha256Base64(rawBody: Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64');
}

/**
 * True only when `headerValue` is the base64 HMAC-SHA256 of the exact bytes received, keyed with
 * `secret`. The body must be the raw request bytes: JSON re-serialised by a framework differs
 * in whitespace and escaping, and the signature would never match.
 *
 * The comparison is over the decoded digests in constant time, so the response time does not
 * reveal how many leading bytes of a forged signature were right. An empty secret never
 * verifies: anyone could sign with it.
 */
export function verifyHmacSha256Base64(
  rawBody: Buffer,
  secret: string,
  headerValue: string | undefined,
): boolean {
  if (secret.length === 0 || headerValue === undefined) return false;
  const claimed = headerValue.trim();
  if (claimed.length % 4 !== 0 || !BASE64.test(claimed)) return false;
  const given = Buffer.from(claimed, 'base64');
  if (given.length !== SHA256_BYTES) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return timingSafeEqual(given, expected);
}
