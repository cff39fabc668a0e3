import { randomBytes, scrypt } from 'node:crypto';
import { formatPinHash, normaliseBadge, PIN_SCRYPT } from '../../shared/security/credential-format';
import { sha256Hex } from '../http/auth';

/** Looked up by its hash at sign-in, so unsalted: the same badge always hashes the same. */
export function hashBadge(badge: string): string {
  return sha256Hex(normaliseBadge(badge));
}

/** Salted scrypt in the shared format the station checks offline. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptKey(pin, salt);
  return formatPinHash({
    N: PIN_SCRYPT.N,
    r: PIN_SCRYPT.r,
    p: PIN_SCRYPT.p,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  });
}

function scryptKey(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      pin,
      salt,
      PIN_SCRYPT.keyLength,
      { N: PIN_SCRYPT.N, r: PIN_SCRYPT.r, p: PIN_SCRYPT.p },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
