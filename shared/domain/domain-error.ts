/**
 * The fixed list of codes a domain rule can refuse with. Callers (the pipeline, the mutation
 * applier) branch on these, e.g. ILLEGAL_TRANSITION becomes a rejected mutation the station shows
 * to the person who tried it — so adding a code is an API change.
 */
export const DOMAIN_ERROR_CODES = [
  'ILLEGAL_TRANSITION',
  'REASON_REQUIRED',
  'INVALID_EVENT',
  'INVALID_RULE',
  'INVALID_GTIN',
  'INVALID_COORDINATES',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A refusal by a domain rule: a code to branch on and a message a person can act on. */
export abstract class DomainError extends Error {
  abstract override readonly name: string;
  readonly code: DomainErrorCode;

  protected constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  toJSON(): { code: DomainErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
