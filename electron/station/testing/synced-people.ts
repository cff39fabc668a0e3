import type BetterSqlite3 from 'better-sqlite3';
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { formatPinHash, PIN_SCRYPT } from '../../../shared/security/credential-format';
import { uuidV7 } from '../clock';

/** A PIN hash in the head office's stored format, made independently of the station's check. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, PIN_SCRYPT.keyLength, {
    N: PIN_SCRYPT.N,
    r: PIN_SCRYPT.r,
    p: PIN_SCRYPT.p,
  });
  return formatPinHash({
    N: PIN_SCRYPT.N,
    r: PIN_SCRYPT.r,
    p: PIN_SCRYPT.p,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  });
}

/** As the head office stores a badge: SHA-256 hex of the trimmed, upper-cased scan. */
function hashBadge(badge: string): string {
  return createHash('sha256').update(badge.trim().toUpperCase(), 'utf8').digest('hex');
}

/** Puts a person into the synced replica, as the people shape would. */
export function addSyncedPerson(
  sqlite: BetterSqlite3.Database,
  person: { name: string; role?: string; badge?: string; pin?: string; active?: boolean },
): string {
  const id = uuidV7();
  sqlite
    .prepare(
      `INSERT INTO synced_people (id, name, role, badge_hash, pin_hash, active, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      person.name,
      person.role ?? 'picker',
      person.badge === undefined ? null : hashBadge(person.badge),
      person.pin === undefined ? null : hashPin(person.pin),
      person.active === false ? 0 : 1,
      '2026-11-26T10:00:00.000Z',
    );
  return id;
}
