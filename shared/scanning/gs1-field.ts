import { isValidGtin } from '../domain/gtin';
import type { Gs1AiMatch, Gs1CheckDigitKind } from './gs1-application-identifiers';
import { hasValidGs1CheckDigit } from '../domain/gs1-check-digit';
import { readGs1Date, readGs1DateTime } from './gs1-date';
import type { Gs1Element } from './gs1-element';
import { gs1ScanError, type Gs1ScanError } from './gs1-scan-error';

export type Gs1FieldResult =
  | { readonly ok: true; readonly element: Gs1Element }
  | { readonly ok: false; readonly error: Gs1ScanError };

/** GS1 "CSET 82", the characters an alphanumeric AI may hold. */
const CSET_82 = /^[!"%-?A-Z_a-z]+$/;

const KEY_NAMES: Record<Gs1CheckDigitKind, string> = { gtin: 'GTIN', sscc: 'SSCC', gln: 'GLN' };

const hasValidCheckDigit = (kind: Gs1CheckDigitKind, value: string): boolean =>
  kind === 'gtin' ? isValidGtin(value) : hasValidGs1CheckDigit(value);

/** Implied decimals as a number, built from the digits so 000750 with 3 decimals is exactly 0.75. */
const withDecimals = (digits: string, decimals: number): number =>
  decimals === 0
    ? Number(digits)
    : Number(`${digits.slice(0, digits.length - decimals)}.${digits.slice(-decimals)}`);

function lengthError(match: Gs1AiMatch, value: string): Gs1ScanError | null {
  const { ai, definition } = match;
  const { length, description } = definition;
  if (length.kind === 'fixed' && value.length < length.length) {
    return gs1ScanError(
      'FIELD_TOO_SHORT',
      `The ${description} (AI ${ai}) should have ${length.length} digits but has ${value.length}: scan the label again.`,
      ai,
    );
  }
  const max = length.kind === 'fixed' ? length.length : length.max;
  if (value.length > max) {
    return gs1ScanError(
      'FIELD_TOO_LONG',
      `The ${description} (AI ${ai}) is longer than ${max} characters, so the label may be missing a separator: scan it again or enter the ${description} by hand.`,
      ai,
    );
  }
  if (value.length === 0) {
    return gs1ScanError(
      'FIELD_TOO_SHORT',
      `The ${description} (AI ${ai}) is empty: scan the label again.`,
      ai,
    );
  }
  return null;
}

function characterError(match: Gs1AiMatch, value: string): Gs1ScanError | null {
  const { ai, definition } = match;
  if (definition.charset === 'numeric' && !/^\d+$/.test(value)) {
    return gs1ScanError(
      'NOT_NUMERIC',
      `The ${definition.description} (AI ${ai}) must be digits only but reads '${value}': scan the label again.`,
      ai,
    );
  }
  if (definition.charset === 'alphanumeric' && !CSET_82.test(value)) {
    return gs1ScanError(
      'INVALID_CHARACTER',
      `The ${definition.description} (AI ${ai}) holds a character a GS1 label cannot have: scan the label again.`,
      ai,
    );
  }
  return null;
}

/**
 * Checks one complete data field against its AI (length, characters, check digit, date) and types
 * its value. `today` anchors the GS1 century rule for two-digit years.
 */
export function readGs1Field(match: Gs1AiMatch, value: string, today: Date): Gs1FieldResult {
  const { ai, definition, decimals } = match;
  const refusal = lengthError(match, value) ?? characterError(match, value);
  if (refusal) return { ok: false, error: refusal };

  const base = { ai, title: definition.title, raw: value };
  if (definition.checkDigit && !hasValidCheckDigit(definition.checkDigit, value)) {
    const key = KEY_NAMES[definition.checkDigit];
    return {
      ok: false,
      error: gs1ScanError(
        'BAD_CHECK_DIGIT',
        `The ${key} check digit is wrong: scan the label again, and if it fails again enter the ${key} by hand.`,
        ai,
      ),
    };
  }
  if (definition.date) {
    const iso =
      definition.date === 'yymmdd' ? readGs1Date(value, today) : readGs1DateTime(value, today);
    if (iso === null) {
      return {
        ok: false,
        error: gs1ScanError(
          'BAD_DATE',
          `The ${definition.description} '${value}' is not a real date: check the date printed on the label and enter it by hand.`,
          ai,
        ),
      };
    }
    const kind = definition.date === 'yymmdd' ? 'date' : 'dateTime';
    return { ok: true, element: { ...base, kind, value: iso } };
  }
  if (definition.unit) {
    const weight = withDecimals(value, decimals);
    return {
      ok: true,
      element: { ...base, kind: 'decimal', value: weight, unit: definition.unit },
    };
  }
  if (definition.isCount) {
    return { ok: true, element: { ...base, kind: 'integer', value: Number(value) } };
  }
  return { ok: true, element: { ...base, kind: 'text', value } };
}
