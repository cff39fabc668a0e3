import type { CarrierErrorCode } from '../../shared/contract/schemas/carrier-api';

export {
  CARRIER_ERROR_CODES,
  type CarrierErrorCode,
} from '../../shared/contract/schemas/carrier-api';

/**
 * Failures that may go away without the clerk doing anything (NOT_CONFIGURED included: an
 * administrator fixes it): the station keeps the parcel awaiting its label and asks again.
 */
const RETRYABLE: ReadonlySet<CarrierErrorCode> = new Set([
  'NOT_CONFIGURED',
  'UNAVAILABLE',
  'TIMEOUT',
  'RATE_LIMITED',
  'BAD_RESPONSE',
]);

/**
 * A carrier (or the shipping middleware in front of it) did not do what was asked. The message
 * says what happened in a clerk's words; `code` says whether waiting will help.
 */
export class CarrierError extends Error {
  override readonly name = 'CarrierError';
  readonly code: CarrierErrorCode;
  /** The carrier concerned, when one is: a middleware outage has none. */
  readonly carrierCode: string | null;
  /** What the middleware said, for the log; never shown to the clerk unfiltered. */
  readonly detail: string | undefined;

  constructor(
    code: CarrierErrorCode,
    message: string,
    options: { carrierCode?: string | null; detail?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.carrierCode = options.carrierCode ?? null;
    this.detail = options.detail;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  /** The same failure, attributed to one carrier. */
  forCarrier(carrierCode: string): CarrierError {
    return new CarrierError(this.code, this.message, {
      carrierCode,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      cause: this,
    });
  }

  toJSON(): { code: CarrierErrorCode; message: string; carrierCode: string | null } {
    return { code: this.code, message: this.message, carrierCode: this.carrierCode };
  }
}
