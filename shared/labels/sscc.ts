import { gs1CheckDigit, hasValidGs1CheckDigit } from '../domain/gs1-check-digit';
import { LabelError } from './label-error';

export interface SsccParts {
  /** 0–9, chosen by the company to widen its serial range. */
  extensionDigit: number;
  /** The company's GS1 prefix as issued by its GS1 member organisation: 7 to 10 digits. */
  companyPrefix: string;
  /** The parcel's serial number within the prefix; padded on the left to fill 16 digits. */
  serialReference: string | number;
}

const SSCC_BODY_LENGTH = 17;

/**
 * Builds an SSCC-18: extension digit, company prefix, serial reference (left-padded with zeros so
 * prefix + serial is 16 digits) and the GS1 mod-10 check digit.
 */
export function makeSscc(parts: SsccParts): string {
  const { extensionDigit, companyPrefix } = parts;
  if (!Number.isInteger(extensionDigit) || extensionDigit < 0 || extensionDigit > 9) {
    throw new LabelError(
      'INVALID_SSCC',
      `SSCC extension digit must be a single digit 0–9, got '${String(extensionDigit)}'`,
    );
  }
  if (!/^\d{7,10}$/.test(companyPrefix)) {
    throw new LabelError(
      'INVALID_SSCC',
      `GS1 company prefix '${companyPrefix}' must be 7 to 10 digits; check the prefix in the company settings`,
    );
  }
  const serial = String(parts.serialReference);
  if (!/^\d+$/.test(serial)) {
    throw new LabelError(
      'INVALID_SSCC',
      `SSCC serial reference '${serial}' must contain only digits`,
    );
  }
  const serialWidth = SSCC_BODY_LENGTH - 1 - companyPrefix.length;
  if (serial.length > serialWidth) {
    throw new LabelError(
      'INVALID_SSCC',
      `SSCC serial reference '${serial}' is too long: with a ${companyPrefix.length}-digit company prefix it may have at most ${serialWidth} digits`,
    );
  }
  const body = `${extensionDigit}${companyPrefix}${serial.padStart(serialWidth, '0')}`;
  const check = gs1CheckDigit(body);
  // Unreachable after the digit checks above, but keeps the type honest without a cast.
  if (check === null) throw new LabelError('INVALID_SSCC', `SSCC body '${body}' is not numeric`);
  return `${body}${check}`;
}

/** True for exactly 18 digits whose last digit is the GS1 check digit of the first 17. */
export function isValidSscc(sscc: string): boolean {
  return /^\d{18}$/.test(sscc) && hasValidGs1CheckDigit(sscc);
}
