/**
 * Refusals from the label model. The codes live here rather than in shared/domain/domain-error.ts
 * because that list is a shared API owned elsewhere; a caller can still branch on `code`.
 */
export const LABEL_ERROR_CODES = ['INVALID_SSCC', 'INVALID_LABEL'] as const;
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
