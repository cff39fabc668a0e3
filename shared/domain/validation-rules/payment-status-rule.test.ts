import { describe, expect, it } from 'vitest';
import type { PaymentStatus } from '../../api/order-capture';
import type { ChannelKind } from '../channel-kind';
import { DEFAULT_VALIDATION_RULES } from './default-rules';
import { PaymentStatusParamsSchema, paymentStatusRule } from './payment-status-rule';
import { sampleContext, sampleOrder } from './sample-order';

const defaults = PaymentStatusParamsSchema.parse(
  DEFAULT_VALIDATION_RULES.find((rule) => rule.kind === 'payment_status')?.params,
);

function check(channelKind: ChannelKind, status: PaymentStatus) {
  const order = sampleOrder((o) => {
    o.channelKind = channelKind;
    o.payment.status = status;
  });
  return paymentStatusRule.check(order, defaults, sampleContext());
}

describe('payment_status', () => {
  it.each([
    ['web', 'paid'],
    ['web', 'authorized'],
    ['marketplace', 'paid'],
    ['pos', 'paid'],
    ['phone', 'cash_on_delivery'],
    ['b2b', 'on_account'],
  ] as const)('lets a %s order through when %s', (kind, status) => {
    expect(check(kind, status)).toEqual([]);
  });

  it('holds an unpaid web order, saying what it needed', () => {
    expect(check('web', 'pending')).toEqual([
      {
        field: 'payment.status',
        message:
          'Payment is pending, but web store orders must be paid or authorized; check the payment with the channel before releasing the hold',
      },
    ]);
  });

  it('holds a web order on account and any refunded or voided order', () => {
    expect(check('web', 'on_account')).toHaveLength(1);
    expect(check('b2b', 'refunded')[0]?.message).toMatch(
      /^Payment is refunded, but B2B orders must be paid, authorized or on account;/,
    );
    expect(check('pos', 'voided')).toHaveLength(1);
  });

  it('says so when a channel kind accepts no payment status at all', () => {
    const params = PaymentStatusParamsSchema.parse({
      allowed: { web: [], marketplace: [], pos: [], phone: [], b2b: [] },
    });
    const [violation] = paymentStatusRule.check(sampleOrder(), params, sampleContext());
    expect(violation?.message).toMatch(
      /web store orders are not accepted under any payment status/,
    );
  });

  it('refuses params missing a channel kind, or with an unknown status or kind', () => {
    const missing = PaymentStatusParamsSchema.safeParse({ allowed: { web: ['paid'] } });
    expect(missing.success).toBe(false);
    const all = {
      web: ['paid'],
      marketplace: ['paid'],
      pos: ['paid'],
      phone: ['paid'],
      b2b: ['paid'],
    };
    expect(PaymentStatusParamsSchema.safeParse({ allowed: all }).success).toBe(true);
    expect(
      PaymentStatusParamsSchema.safeParse({ allowed: { ...all, web: ['settled'] } }).success,
    ).toBe(false);
    expect(
      PaymentStatusParamsSchema.safeParse({ allowed: { ...all, telex: ['paid'] } }).success,
    ).toBe(false);
  });
});
