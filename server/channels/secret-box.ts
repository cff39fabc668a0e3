import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Webhook secrets must be read back to compute HMACs, so they are encrypted at rest, not
 * hashed: AES-256-GCM with a random 12-byte IV per secret, the tag checked on open so a
 * tampered or mis-keyed value fails loudly instead of verifying nothing. Text format
 * `v1.<iv>.<tag>.<ciphertext>` (base64url), versioned so the key or cipher can be rotated.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) {
    throw new RangeError(`The secret-box key must be ${KEY_BYTES} bytes; got ${key.length}`);
  }
}

/**
 * `context` (for example the channel id) is bound in as associated data, so a sealed value
 * copied onto another row will not open there.
 */
export function sealSecret(plain: string, key: Buffer, context = ''): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return [VERSION, ...parts].join('.');
}

export function openSecret(sealed: string, key: Buffer, context = ''): string {
  checkKey(key);
  const parts = sealed.split('.');
  const [version, ivText, tagText, ciphertextText] = parts;
  if (
    parts.length !== 4 ||
    version !== VERSION ||
    !ivText ||
    !tagText ||
    ciphertextText === undefined
  ) {
    throw new Error(`Not a sealed secret (expected ${VERSION}.<iv>.<tag>.<ciphertext>)`);
  }
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error('Not a sealed secret (bad IV or tag length)');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    const plain = Buffer.concat([
      decipher.update(Buffer.from(ciphertextText, 'base64url')),
      decipher.final(),
    ]);
    return plain.toString('utf8');
  } catch {
    throw new Error('The sealed secret could not be opened: wrong key, wrong context, or altered');
  }
}

/** A 32-byte key from configuration: 64 hex digits, or base64/base64url of 32 bytes. */
export function parseSecretBoxKey(text: string): Buffer {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    throw new RangeError('The secret-box key must be 64 hex digits or base64 of 32 bytes');
  }
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, /[-_]/.test(trimmed) ? 'base64url' : 'base64');
  checkKey(key);
  return key;
}

/**
 * API keys and station tokens are stored as this hash and looked up by it. Plain SHA-256 is
 * enough because the tokens are 256 random bits, not passwords: there is nothing to guess.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A new random token, 32 bytes as base64url after a readable prefix (`newToken('wh_ch_')` →
 * `wh_ch_3q2…`), so a leaked one can be recognised in logs and secret scanners.
 */
export function newToken(prefix: string): string {
  if (!/^[A-Za-z0-9_]{1,32}$/.test(prefix)) {
    throw new RangeError('A token prefix is 1-32 letters, digits or underscores');
  }
  return prefix + randomBytes(32).toString('base64url');
}
