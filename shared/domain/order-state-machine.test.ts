import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import {
  IllegalTransitionError,
  InvalidEventError,
  ORDER_TRANSITIONS,
  ReasonRequiredError,
  canCancel,
  canTransition,
  isTerminal,
  reasonRequired,
  transition,
} from './order-state-machine';
import { ORDER_STATUSES, OrderStatusSchema, type OrderStatus } from './order-status';

const at = '2025-03-01T14:30:00Z';
const meta = { actor: 'user:0190f1a2', reason: 'customer asked', at };

// Written out again rather than read from ORDER_TRANSITIONS, so a change to the table must be a
// change to this list too.
const LEGAL: readonly [OrderStatus, OrderStatus][] = [
  ['received', 'on_hold'],
  ['received', 'confirmed'],
  ['received', 'cancelled'],
  ['on_hold', 'confirmed'],
  ['on_hold', 'cancelled'],
  ['confirmed', 'allocated'],
  ['confirmed', 'backordered'],
  ['confirmed', 'cancelled'],
  ['backordered', 'allocated'],
  ['backordered', 'cancelled'],
  ['allocated', 'released'],
  ['allocated', 'backordered'],
  ['allocated', 'cancelled'],
  ['released', 'picking'],
  ['released', 'allocated'],
  ['released', 'cancelled'],
  ['picking', 'packed'],
  ['picking', 'backordered'],
  ['picking', 'cancelled'],
  ['packed', 'shipped'],
  ['packed', 'partially_shipped'],
  ['partially_shipped', 'shipped'],
  ['shipped', 'delivered'],
];
const isLegal = (from: OrderStatus, to: OrderStatus) =>
  LEGAL.some(([f, t]) => f === from && t === to);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('order statuses', () => {
  it('lists the twelve statuses and refuses others', () => {
    expect(ORDER_STATUSES).toHaveLength(12);
    expect(OrderStatusSchema.safeParse('partially_shipped').success).toBe(true);
    expect(OrderStatusSchema.safeParse('lost').success).toBe(false);
  });
});

describe('order state machine', () => {
  it.each(LEGAL)('allows %s → %s and returns the event to record', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(transition({ status: from }, to, meta)).toEqual({
      from,
      to,
      actor: 'user:0190f1a2',
      reason: 'customer asked',
      at,
    });
  });

  it('has exactly the legal transitions, nothing more', () => {
    const table = ORDER_STATUSES.flatMap((from) =>
      ORDER_TRANSITIONS[from].map((to) => `${from}>${to}`),
    );
    expect(table.sort()).toEqual(LEGAL.map(([f, t]) => `${f}>${t}`).sort());
  });

  it('refuses every other pair with IllegalTransitionError and changes nothing', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        if (isLegal(from, to)) continue;
        expect(canTransition(from, to)).toBe(false);
        const error = thrown(() => transition({ status: from }, to, meta));
        expect(error).toBeInstanceOf(IllegalTransitionError);
        expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from, to });
      }
    }
  });

  it('says what went wrong and what would work', () => {
    const error = thrown(() => transition({ status: 'shipped' }, 'picking', meta));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      name: 'IllegalTransitionError',
      message: 'Order cannot go from shipped to picking: from shipped it can only go to delivered.',
    });
    expect(() => transition({ status: 'received' }, 'shipped', meta)).toThrow(
      'Order cannot go from received to shipped: from received it can only go to on hold, confirmed or cancelled.',
    );
    expect(() => transition({ status: 'delivered' }, 'shipped', meta)).toThrow(
      'delivered is final; nothing more can happen.',
    );
    expect(() => transition({ status: 'picking' }, 'picking', meta)).toThrow(
      'it is already picking.',
    );
  });

  it('cannot cancel once packed', () => {
    for (const status of ['packed', 'partially_shipped', 'shipped', 'delivered'] as const) {
      expect(canCancel(status)).toBe(false);
      expect(() => transition({ status }, 'cancelled', meta)).toThrow(IllegalTransitionError);
    }
    expect(() => transition({ status: 'packed' }, 'cancelled', meta)).toThrow(
      /take it back as a return/,
    );
    for (const status of ['received', 'on_hold', 'confirmed', 'backordered'] as const) {
      expect(canCancel(status)).toBe(true);
    }
    for (const status of ['allocated', 'released', 'picking'] as const) {
      expect(canCancel(status)).toBe(true);
    }
    expect(canCancel('cancelled')).toBe(false);
  });

  it('knows the terminal statuses', () => {
    expect(ORDER_STATUSES.filter(isTerminal)).toEqual(['delivered', 'cancelled']);
  });

  it('refuses a status that is not one, as read from a bad row', () => {
    const bad = 'lost' as OrderStatus;
    expect(canTransition(bad, 'cancelled')).toBe(false);
    expect(() => transition({ status: bad }, 'cancelled', meta)).toThrow(
      "Order cannot go from 'lost' to cancelled: 'lost' is not an order status.",
    );
    expect(() => transition({ status: 'received' }, bad, meta)).toThrow(IllegalTransitionError);
  });
});

describe('reasons', () => {
  it('requires a reason to cancel, to hold and to release a hold', () => {
    expect(reasonRequired('picking', 'cancelled')).toBe(true);
    expect(reasonRequired('received', 'on_hold')).toBe(true);
    expect(reasonRequired('on_hold', 'confirmed')).toBe(true);
    expect(reasonRequired('received', 'confirmed')).toBe(false);
    expect(reasonRequired('picking', 'backordered')).toBe(false);
  });

  it.each([
    ['received', 'cancelled'],
    ['received', 'on_hold'],
    ['on_hold', 'confirmed'],
    ['picking', 'cancelled'],
  ] as const)('refuses %s → %s without a reason, or with only spaces', (from, to) => {
    const error = thrown(() => transition({ status: from }, to, { actor: 'ops', at }));
    expect(error).toBeInstanceOf(ReasonRequiredError);
    expect(error).toMatchObject({ code: 'REASON_REQUIRED', from, to });
    expect(() => transition({ status: from }, to, { actor: 'ops', at, reason: '  ' })).toThrow(
      /needs a reason/,
    );
  });

  it('records no reason as null and trims the one given', () => {
    const event = transition({ status: 'received' }, 'confirmed', { actor: 'pipeline', at });
    expect(event.reason).toBeNull();
    expect(
      transition({ status: 'received' }, 'on_hold', {
        actor: 'rule:fraud_email_velocity',
        reason: '  6 orders from one email in an hour ',
        at,
      }).reason,
    ).toBe('6 orders from one email in an hour');
  });

  it('checks the move before the reason, so the first complaint is the real one', () => {
    expect(() => transition({ status: 'shipped' }, 'cancelled', { actor: 'ops', at })).toThrow(
      IllegalTransitionError,
    );
  });
});

describe('who and when', () => {
  it('refuses an empty actor', () => {
    const error = thrown(() => transition({ status: 'received' }, 'confirmed', { actor: ' ', at }));
    expect(error).toBeInstanceOf(InvalidEventError);
    expect(error).toMatchObject({ code: 'INVALID_EVENT' });
  });

  it.each([
    '2025-03-01 14:30:00',
    '2025-03-01T15:30:00+01:00',
    'yesterday',
    '2025-02-30T10:00:00Z',
  ])('refuses time %s, which is not ISO-8601 UTC', (when) => {
    expect(() =>
      transition({ status: 'received' }, 'confirmed', { actor: 'ops', at: when }),
    ).toThrow(InvalidEventError);
  });

  it('accepts milliseconds, as Date.toISOString writes them', () => {
    const when = new Date(Date.UTC(2025, 2, 1, 14, 30, 0, 123)).toISOString();
    expect(transition({ status: 'received' }, 'confirmed', { actor: 'ops', at: when }).at).toBe(
      when,
    );
  });

  it('serialises as code and message only', () => {
    const error = thrown(() => transition({ status: 'shipped' }, 'picking', meta));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'ILLEGAL_TRANSITION',
      message: 'Order cannot go from shipped to picking: from shipped it can only go to delivered.',
    });
  });
});
