import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newToken, openSecret, parseSecretBoxKey, sealSecret } from './secret-box';

const key = randomBytes(32);

/** Flips one bit in the base64url part `index` of a sealed value. */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('sealSecret / openSecret', () => {
  it('round-trips, including unicode and empty secrets', () => {
    for (const plain of ['whsec_9f8e7d6c5b4a', 'ünïcødé 🔑 密钥', '', 'x'.repeat(5000)]) {
      expect(openSecret(sealSecret(plain, key), key)).toBe(plain);
    }
  });

  it('writes the versioned text format with a fresh IV each time', () => {
    const a = sealSecret('same', key);
    const b = sealSecret('same', key);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('same');
  });

  it('detects tampering with the IV, tag or ciphertext', () => {
    const sealed = sealSecret('whsec_9f8e7d6c5b4a', key);
    for (const part of [1, 2, 3]) {
      expect(() => openSecret(tamper(sealed, part), key)).toThrow(/could not be opened/);
    }
  });

  it('refuses the wrong key and the wrong context', () => {
    const sealed = sealSecret('whsec_9f8e7d6c5b4a', key, 'channel:1');
    expect(openSecret(sealed, key, 'channel:1')).toBe('whsec_9f8e7d6c5b4a');
    expect(() => openSecret(sealed, randomBytes(32), 'channel:1')).toThrow(/wrong key/);
    expect(() => openSecret(sealed, key, 'channel:2')).toThrow(/could not be opened/);
    expect(() => openSecret(sealed, key)).toThrow(/could not be opened/);
  });

  it('refuses malformed sealed text and keys of the wrong size', () => {
    const sealed = sealSecret('s', key);
    for (const bad of [
      '',
      'whsec_plain',
      sealed.replace('v1.', 'v2.'),
      `${sealed}.x`,
      'v1.a.b.c',
    ]) {
      expect(() => openSecret(bad, key), bad).toThrow(/Not a sealed secret/);
    }
    expect(() => sealSecret('s', randomBytes(16))).toThrow(/32 bytes/);
    expect(() => openSecret(sealed, randomBytes(31))).toThrow(/32 bytes/);
  });
});

describe('parseSecretBoxKey', () => {
  it('reads hex, base64 and base64url keys of 32 bytes', () => {
    expect(parseSecretBoxKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretBoxKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretBoxKey(` ${key.toString('base64url')}\n`)).toEqual(key);
  });

  it('refuses anything else', () => {
    for (const bad of [
      '',
      'short',
      randomBytes(16).toString('hex'),
      'not a key at all!',
      randomBytes(33).toString('base64'),
    ]) {
      expect(() => parseSecretBoxKey(bad), bad).toThrow(RangeError);
    }
  });
});

describe('hashToken / newToken', () => {
  it('hashes with SHA-256 hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashToken('wh_ch_a')).not.toBe(hashToken('wh_ch_b'));
  });

  it('makes prefixed, unguessable tokens', () => {
    const token = newToken('wh_ch_');
    expect(token).toMatch(/^wh_ch_[A-Za-z0-9_-]{43}$/);
    expect(new Set(Array.from({ length: 100 }, () => newToken('wh_st_'))).size).toBe(100);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses prefixes that would make tokens hard to handle', () => {
    for (const bad of ['', 'has space', 'dots.', 'x'.repeat(33)]) {
      expect(() => newToken(bad), bad).toThrow(RangeError);
    }
  });
});
