import { describe, expect, it } from 'vitest';
import { parseWooWebhookPing } from './woocommerce-ping';

describe('parseWooWebhookPing', () => {
  it('recognises the delivery WooCommerce sends when a webhook is saved', () => {
    expect(parseWooWebhookPing(Buffer.from('webhook_id=17'))).toBe(17);
    expect(parseWooWebhookPing('webhook_id=17\n')).toBe(17);
  });

  it('treats everything else as not a ping', () => {
    for (const body of ['', '{"id":727}', 'webhook_id=', 'webhook_id=abc', 'webhook_id=1&x=2']) {
      expect(parseWooWebhookPing(body), body).toBeUndefined();
    }
  });
});
