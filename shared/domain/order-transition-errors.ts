import { DomainError } from './domain-error';
import { ORDER_STATUS_LABELS, isOrderStatus } from './order-status';

function label(status: string): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABELS[status] : `'${status}'`;
}

/** The state machine has no edge from `from` to `to`; nothing was changed. */
export class IllegalTransitionError extends DomainError {
  override readonly name = 'IllegalTransitionError';
  declare readonly code: 'ILLEGAL_TRANSITION';
  readonly from: string;
  readonly to: string;

  /** `detail` says what would work instead, so the person is not left guessing. */
  constructor(from: string, to: string, detail: string) {
    super('ILLEGAL_TRANSITION', `Order cannot go from ${label(from)} to ${label(to)}: ${detail}`);
    this.from = from;
    this.to = to;
  }
}

/** The transition is legal but needs a reason a person gave, and none was given. */
export class ReasonRequiredError extends DomainError {
  override readonly name = 'ReasonRequiredError';
  declare readonly code: 'REASON_REQUIRED';
  readonly from: string;
  readonly to: string;

  constructor(from: string, to: string) {
    super(
      'REASON_REQUIRED',
      `Moving an order from ${label(from)} to ${label(to)} needs a reason; say why, e.g. "customer asked to cancel" or "address checked with customer"`,
    );
    this.from = from;
    this.to = to;
  }
}

/** The who or when of a transition is unusable, so no event could be recorded. */
export class InvalidEventError extends DomainError {
  override readonly name = 'InvalidEventError';
  declare readonly code: 'INVALID_EVENT';

  constructor(message: string) {
    super('INVALID_EVENT', message);
  }
}
