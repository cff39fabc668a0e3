/**
 * Refusals from the label model. The codes live here rather than in shared/domain/domain-error.ts
 * because that list is a shared API owned elsewhere; a caller can still branch on `code`.
 */
export const LABEL_ERROR_CODES = [
  'INVALID_SSCC',
  'INVALID_LABEL',
  /** ZPL that the offline previewer cannot draw: not a label, or commands it cannot parse. */
  'UNRENDERABLE_ZPL',
  /** A packing slip or receipt for the ESC/POS printer whose data is incomplete or wrong. */
  'INVALID_SLIP',
] as const;
export type LabelErrorCode = (typeof LABEL_ERROR_CODES)[number];

export class LabelError extends Error {
  override readonly name = 'LabelError';
  readonly code: LabelErrorCode;

  constructor(code: LabelErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  toJSON(): { code: LabelErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
