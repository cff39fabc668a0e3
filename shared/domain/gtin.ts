import { DomainError } from './domain-error';
import { gs1CheckDigit } from './gs1-check-digit';

/** GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14 (case codes). */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

export class InvalidGtinError extends DomainError {
  override readonly name = 'InvalidGtinError';
  declare readonly code: 'INVALID_GTIN';

  constructor(message: string) {
    super('INVALID_GTIN', message);
  }
}

const isGtinLength = (length: number): boolean =>
  (GTIN_LENGTHS as readonly number[]).includes(length);

/** The GS1 mod-10 check digit for a GTIN without its last digit (7, 11, 12 or 13 digits). */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) {
    throw new InvalidGtinError(`GTIN '${body}' must contain only digits`);
  }
  if (!isGtinLength(body.length + 1)) {
    throw new InvalidGtinError(
      `GTIN body '${body}' has ${body.length} digits; a GTIN without its check digit has 7, 11, 12 or 13`,
    );
  }
  const digit = gs1CheckDigit(body);
  if (digit === null) throw new InvalidGtinError(`GTIN '${body}' must contain only digits`);
  return digit;
}

/** The body with its check digit appended, e.g. to mint demo product barcodes. */
export function withGtinCheckDigit(body: string): string {
  return `${body}${gtinCheckDigit(body)}`;
}

/** True for an 8, 12, 13 or 14 digit code whose last digit is its check digit. */
export function isValidGtin(code: string): boolean {
  if (!/^\d+$/.test(code) || !isGtinLength(code.length)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.slice(-1));
}

/**
 * The 14-digit form (leading zeros), so one product scanned as UPC-A or as EAN-13 is the same
 * key in the database. Throws for a code that is not a valid GTIN.
 */
export function toGtin14(code: string): string {
  if (!isValidGtin(code)) {
    throw new InvalidGtinError(
      `'${code}' is not a valid GTIN: it needs 8, 12, 13 or 14 digits and a correct check digit`,
    );
  }
  return code.padStart(14, '0');
}
