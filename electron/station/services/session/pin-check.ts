import { createHash, scrypt, timingSafeEqual } from 'node:crypto';
import { normaliseBadge, parsePinHash } from '../../../../shared/security/credential-format';

/** The badge's lookup key, as the head office stores it: SHA-256 hex of the normalised scan. */
export function badgeHash(badge: string): string {
  return createHash('sha256').update(normaliseBadge(badge), 'utf8').digest('hex');
}

/** False for a wrong PIN and for a stored hash this station cannot read. */
export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const parts = parsePinHash(stored);
  if (!parts) return false;
  const expected = Buffer.from(parts.hash, 'base64');
  if (expected.length === 0) return false;
  const derived = await new Promise<Buffer>((resolve, reject) => {
    scrypt(
      pin,
      Buffer.from(parts.salt, 'base64'),
      expected.length,
      // scrypt needs 128·N·r bytes; allow twice that so a stronger head-office setting still works.
      { N: parts.N, r: parts.r, p: parts.p, maxmem: 256 * parts.N * parts.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
  return timingSafeEqual(derived, expected);
}
