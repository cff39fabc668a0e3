/**
 * Codes a shipping rule can refuse with. Kept apart from DomainError's list because that list is
 * an API other engineers own; the ship screen branches on these (e.g. RANGE_EXHAUSTED means
 * "ask the head office for more consignment numbers", not "retry").
 */
export const SHIPPING_ERROR_CODES = [
  'RANGE_EXHAUSTED',
  'RANGE_OVERLAP',
  'OVERRIDE_REASON_REQUIRED',
  'OVERRIDE_NOT_QUOTED',
] as const;
export type ShippingErrorCode = (typeof SHIPPING_ERROR_CODES)[number];

/** A refusal by a shipping rule: a code to branch on and a message a clerk can act on. */
export class ShippingError extends Error {
  override readonly name = 'ShippingError';
  readonly code: ShippingErrorCode;

  constructor(code: ShippingErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  toJSON(): { code: ShippingErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
