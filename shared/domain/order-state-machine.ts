import { z } from 'zod';
import { joinWithOr } from './readable-list';
import { ORDER_STATUS_LABELS, isOrderStatus, type OrderStatus } from './order-status';
import {
  IllegalTransitionError,
  InvalidEventError,
  ReasonRequiredError,
} from './order-transition-errors';

export { IllegalTransitionError, InvalidEventError, ReasonRequiredError };

/**
 * Every move an order may make. Anything not listed is refused, so a new path through the
 * warehouse is a deliberate change here, not an accident in some handler.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  received: ['on_hold', 'confirmed', 'cancelled'],
  // Leaving a hold means a person checked what the validation rules flagged.
  on_hold: ['confirmed', 'cancelled'],
  confirmed: ['allocated', 'backordered', 'cancelled'],
  // A goods receipt fills the backorder.
  backordered: ['allocated', 'cancelled'],
  // Back to backordered when the stock turns out not to be there (a count found less).
  allocated: ['released', 'backordered', 'cancelled'],
  // Back to allocated when a wave is pulled before anyone starts picking.
  released: ['picking', 'allocated', 'cancelled'],
  // Backordered on a short pick: the shelf held less than the ledger said.
  picking: ['packed', 'backordered', 'cancelled'],
  // Once packed, goods are sealed and labelled: from here they leave, or come back as a return.
  packed: ['shipped', 'partially_shipped'],
  partially_shipped: ['shipped'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return isOrderStatus(from) && ORDER_TRANSITIONS[from].includes(to);
}

export function isTerminal(status: OrderStatus): boolean {
  return ORDER_TRANSITIONS[status].length === 0;
}

export function canCancel(status: OrderStatus): boolean {
  return canTransition(status, 'cancelled');
}

/**
 * Cancelling, holding and releasing a hold are decisions a person (or a rule) makes, and the
 * timeline must say why; the other moves are explained by the work itself.
 */
export function reasonRequired(from: OrderStatus, to: OrderStatus): boolean {
  return to === 'cancelled' || to === 'on_hold' || (from === 'on_hold' && to === 'confirmed');
}

export interface TransitionMeta {
  /** Who: a person's id, or the name of the rule or job that acted. */
  actor: string;
  reason?: string;
  /** When, ISO-8601 in UTC (`...Z`). */
  at: string;
}

/** The event to record for a transition; an order's timeline is a list of these. */
export interface TransitionEvent {
  from: OrderStatus;
  to: OrderStatus;
  actor: string;
  reason: string | null;
  at: string;
}

const UtcTimestampSchema = z.iso.datetime();

function whyIllegal(from: OrderStatus, to: OrderStatus): string {
  if (from === to) return `it is already ${ORDER_STATUS_LABELS[from]}.`;
  const next = ORDER_TRANSITIONS[from];
  if (next.length === 0) return `${ORDER_STATUS_LABELS[from]} is final; nothing more can happen.`;
  const options = joinWithOr(next.map((status) => ORDER_STATUS_LABELS[status]));
  const cancelNote =
    to === 'cancelled'
      ? ' Packed goods cannot be cancelled: stop the parcel with the carrier or take it back as a return.'
      : '';
  return `from ${ORDER_STATUS_LABELS[from]} it can only go to ${options}.${cancelNote}`;
}

/**
 * Checks a move against the state machine and returns the event to record with it. Throws, and
 * so changes nothing, when the move is illegal, a needed reason is missing, or the actor or time
 * is unusable.
 */
export function transition(
  order: { readonly status: OrderStatus },
  to: OrderStatus,
  meta: TransitionMeta,
): TransitionEvent {
  const from = order.status;
  if (!isOrderStatus(from)) {
    throw new IllegalTransitionError(from, to, `'${String(from)}' is not an order status.`);
  }
  if (!isOrderStatus(to)) {
    throw new IllegalTransitionError(from, to, `'${String(to)}' is not an order status.`);
  }
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to, whyIllegal(from, to));

  const reason = meta.reason?.trim() ?? '';
  if (reason === '' && reasonRequired(from, to)) throw new ReasonRequiredError(from, to);

  const actor = meta.actor.trim();
  if (actor === '') {
    throw new InvalidEventError('Every order change must say who made it; the actor is empty.');
  }
  if (!UtcTimestampSchema.safeParse(meta.at).success) {
    throw new InvalidEventError(
      `Time '${meta.at}' is not an ISO-8601 UTC timestamp like 2025-03-01T14:30:00Z.`,
    );
  }
  return { from, to, actor, reason: reason === '' ? null : reason, at: meta.at };
}
