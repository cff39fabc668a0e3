/** Codes the head office answers with; HTTP status follows from the code. */
export const PIPELINE_ERROR_CODES = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  SIGNATURE_INVALID: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  INSUFFICIENT_STOCK: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  INTERNAL: 500,
  /** Try again shortly: the database was briefly out of reach or refused a transaction. */
  UNAVAILABLE: 503,
} as const;
export type PipelineErrorCode = keyof typeof PIPELINE_ERROR_CODES;

export interface FieldIssue {
  path: string;
  message: string;
  row?: number;
}

/** A refusal a person can act on: what went wrong, and where when it was a field. */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
  constructor(
    readonly code: PipelineErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }

  get status(): number {
    return PIPELINE_ERROR_CODES[this.code];
  }

  toJSON(): { error: { code: PipelineErrorCode; message: string; issues?: FieldIssue[] } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues.length > 0 ? { issues: this.issues } : {}),
      },
    };
  }
}
