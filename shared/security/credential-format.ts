import { z } from 'zod';

/**
 * How badge and PIN secrets are kept, shared by the head office (which hashes them) and the
 * station (which checks them offline against the synced hashes). The hashing itself runs on
 * node:crypto on each side; only the formats live here.
 *
 * A badge is looked up by its hash, so it is an unsalted SHA-256 of the normalised scan. A PIN
 * has too few digits for that to be safe, so it is salted scrypt, checked for one known person.
 */
export const PIN_SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;

export const PinSchema = z
  .string({ error: 'Enter a PIN of 4 to 8 digits' })
  .regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits');

export const BadgeSchema = z
  .string({ error: 'Scan a badge' })
  .trim()
  .min(4, 'A badge code has at least 4 characters')
  .max(64, 'A badge code has at most 64 characters');

/** Scanners add case and whitespace differences that must not change who the badge is. */
export function normaliseBadge(badge: string): string {
  return badge.trim().toUpperCase();
}

export interface PinHashParts {
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}

/** `scrypt$N$r$p$<salt base64>$<hash base64>` */
export function formatPinHash(parts: PinHashParts): string {
  return `scrypt$${parts.N}$${parts.r}$${parts.p}$${parts.salt}$${parts.hash}`;
}

export function parsePinHash(stored: string): PinHashParts | null {
  const match = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return null;
  const [, N, r, p, salt, hash] = match;
  if (!N || !r || !p || !salt || !hash) return null;
  return { N: Number(N), r: Number(r), p: Number(p), salt, hash };
}
