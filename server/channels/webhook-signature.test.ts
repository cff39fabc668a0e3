import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeHmacSha256Base64, verifyHmacSha256Base64 } from './webhook-signature';

const secret = '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';
const body = Buffer.from('{"id":450789469,"name":"#1001","total_price":"695.74"}', 'utf8');
const sign = (bytes: Buffer, key = secret): string =>
  createHmac('sha256', key).update(bytes).digest('base64');

describe('verifyHmacSha256Base64', () => {
  it('matches the published HMAC-SHA256 test vector', () => {
    const message = Buffer.from('The quick brown fox jumps over the lazy dog');
    const expected = Buffer.from(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
      'hex',
    ).toString('base64');
    expect(computeHmacSha256Base64(message, 'key')).toBe(expected);
    expect(verifyHmacSha256Base64(message, 'key', expected)).toBe(true);
  });

  it('accepts the signature of the exact raw body (Shopify and WooCommerce sign alike)', () => {
    expect(verifyHmacSha256Base64(body, secret, sign(body))).toBe(true);
    expect(verifyHmacSha256Base64(body, secret, ` ${sign(body)} `)).toBe(true);
    const utf8 = Buffer.from('{"note":"Grüße, 東京 — ok"}', 'utf8');
    expect(verifyHmacSha256Base64(utf8, secret, sign(utf8))).toBe(true);
  });

  it('refuses a tampered body, even one byte or re-serialised JSON', () => {
    const signature = sign(body);
    const tampered = Buffer.from(body);
    tampered[tampered.length - 3] = 0x35;
    expect(verifyHmacSha256Base64(tampered, secret, signature)).toBe(false);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 2));
    expect(verifyHmacSha256Base64(reserialised, secret, signature)).toBe(false);
    expect(
      verifyHmacSha256Base64(Buffer.concat([body, Buffer.from('\n')]), secret, signature),
    ).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    expect(verifyHmacSha256Base64(body, secret, sign(body, 'someone-else'))).toBe(false);
    expect(verifyHmacSha256Base64(body, `${secret}x`, sign(body))).toBe(false);
  });

  it('refuses missing, empty and garbage headers without throwing', () => {
    const hex = createHmac('sha256', secret).update(body).digest('hex');
    const short = Buffer.alloc(16, 1).toString('base64');
    const long = Buffer.concat([Buffer.from(sign(body), 'base64'), Buffer.from([0])]).toString(
      'base64',
    );
    for (const header of [
      undefined,
      '',
      '   ',
      'garbage!!',
      hex,
      short,
      long,
      '====',
      'sha256=abc',
      sign(body).slice(0, -1),
    ]) {
      expect(verifyHmacSha256Base64(body, secret, header), String(header)).toBe(false);
    }
  });

  it('never verifies with an empty secret, which anyone could sign with', () => {
    expect(verifyHmacSha256Base64(body, '', sign(body, ''))).toBe(false);
  });
});
