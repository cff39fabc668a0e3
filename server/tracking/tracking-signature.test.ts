import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signTrackingWebhook, verifyTrackingSignature } from './tracking-signature';

const body = Buffer.from('{"id":"evt_1","description":"tracker.updated"}');

describe('tracking webhook signature', () => {
  it('accepts the hex HMAC-SHA256 of the exact bytes, as EasyPost computes it', () => {
    const hex = createHmac('sha256', 'whsec').update(body).digest('hex');
    expect(signTrackingWebhook(body, 'whsec')).toBe(`hmac-sha256-hex=${hex}`);
    expect(verifyTrackingSignature(body, 'whsec', `hmac-sha256-hex=${hex}`)).toBe(true);
    expect(verifyTrackingSignature(body, 'whsec', `hmac-sha256-hex=${hex.toUpperCase()}`)).toBe(
      true,
    );
  });

  it('keys with the NFKD form of the secret', () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    expect(verifyTrackingSignature(body, composed, signTrackingWebhook(body, decomposed))).toBe(
      true,
    );
  });

  it('refuses another body, another secret, a wrong prefix, bad hex and an empty secret', () => {
    const good = signTrackingWebhook(body, 'whsec');
    const hex = good.slice('hmac-sha256-hex='.length);
    expect(verifyTrackingSignature(Buffer.from(`${body.toString()} `), 'whsec', good)).toBe(false);
    expect(verifyTrackingSignature(body, 'other', good)).toBe(false);
    expect(verifyTrackingSignature(body, 'whsec', `hmac-sha1-hex=${hex}`)).toBe(false);
    expect(verifyTrackingSignature(body, 'whsec', hex)).toBe(false);
    expect(verifyTrackingSignature(body, 'whsec', `hmac-sha256-hex=${hex.slice(2)}`)).toBe(false);
    expect(verifyTrackingSignature(body, 'whsec', `hmac-sha256-hex=${'zz'.repeat(32)}`)).toBe(
      false,
    );
    expect(verifyTrackingSignature(body, 'whsec', undefined)).toBe(false);
    expect(verifyTrackingSignature(body, '', signTrackingWebhook(body, ''))).toBe(false);
  });
});
