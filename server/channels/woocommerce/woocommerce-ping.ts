/**
 * When a webhook is saved, WooCommerce sends a signed, form-encoded `webhook_id=<id>` body
 * instead of an order, and disables the webhook if that delivery fails. Routes answer it with
 * 200 and store nothing. Returns the webhook id, or undefined for anything else.
 */
export function parseWooWebhookPing(rawBody: Buffer | string): number | undefined {
  const text = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  const match = /^webhook_id=(\d{1,15})$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}
