/**
 * Why a scan could not be read as GS1 data. Callers (pick and pack screens) branch on the code
 * and show the message, so adding a code is an API change.
 */
export const GS1_SCAN_ERROR_CODES = [
  'EMPTY_SCAN',
  'NOT_GS1',
  'UNKNOWN_AI',
  'FIELD_TOO_SHORT',
  'FIELD_TOO_LONG',
  'NOT_NUMERIC',
  'INVALID_CHARACTER',
  'BAD_CHECK_DIGIT',
  'BAD_DATE',
] as const;
export type Gs1ScanErrorCode = (typeof GS1_SCAN_ERROR_CODES)[number];

export interface Gs1ScanError {
  readonly code: Gs1ScanErrorCode;
  /** A sentence the picker can act on. */
  readonly message: string;
  /** The AI whose field was refused, when there is one. */
  readonly ai?: string;
}

export const gs1ScanError = (code: Gs1ScanErrorCode, message: string, ai?: string): Gs1ScanError =>
  ai === undefined ? { code, message } : { code, message, ai };
