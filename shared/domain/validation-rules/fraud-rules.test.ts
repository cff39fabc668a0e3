import { describe, expect, it } from 'vitest';
import {
  FraudEmailVelocityParamsSchema,
  fraudEmailVelocityRule,
} from './fraud-email-velocity-rule';
import {
  FraudValueCountryMismatchParamsSchema,
  fraudValueCountryMismatchRule,
} from './fraud-value-country-mismatch-rule';
import { sampleContext, sampleOrder } from './sample-order';

describe('fraud_value_country_mismatch', () => {
  const params = FraudValueCountryMismatchParamsSchema.parse({
    thresholdMinor: { USD: 50_000, GBP: 50_000, JPY: 75_000 },
  });
  const check = (totalMinor: number, billing: string | undefined, currency = 'USD') =>
    fraudValueCountryMismatchRule.check(
      sampleOrder((o) => {
        o.totalMinor = totalMinor;
        o.currency = currency;
        if (billing !== undefined) o.billTo = { country: billing };
      }),
      params,
      sampleContext(),
    );

  it('holds an order at the threshold billed in another country', () => {
    expect(check(50_000, 'GB')).toEqual([
      {
        field: 'billTo.country',
        message:
          'Order total USD 500.00 is at or above the USD 500.00 review limit and the billing country (United Kingdom) differs from the shipping country (United States); confirm the order is genuine before releasing it',
      },
    ]);
    expect(check(250_000, 'NG')).toHaveLength(1);
    expect(check(75_000, 'US', 'JPY')).toEqual([]);
    expect(check(75_000, 'KR', 'JPY')[0]?.message).toMatch(
      /JPY 75,000 is at or above the JPY 75,000/,
    );
  });

  it('lets through orders below the threshold, billed at home, or without billing', () => {
    expect(check(49_999, 'GB')).toEqual([]);
    expect(check(900_000, 'US')).toEqual([]);
    expect(check(900_000, 'us ')).toEqual([]);
    expect(check(900_000, undefined)).toEqual([]);
    expect(check(900_000, '')).toEqual([]);
  });

  it('does not check currencies without a threshold', () => {
    expect(check(9_000_000, 'GB', 'CHF')).toEqual([]);
    expect(check(9_000_000, 'GB', 'constructor')).toEqual([]);
  });

  it('refuses thresholds that are not whole minor units of a real currency code', () => {
    const parse = (thresholdMinor: unknown) =>
      FraudValueCountryMismatchParamsSchema.safeParse({ thresholdMinor }).success;
    expect(parse({ usd: 50_000 })).toBe(false);
    expect(parse({ USD: 500.5 })).toBe(false);
    expect(parse({ USD: -1 })).toBe(false);
    expect(parse({ USD: '50000' })).toBe(false);
    expect(parse({})).toBe(false);
  });
});

describe('fraud_email_velocity', () => {
  const params = FraudEmailVelocityParamsSchema.parse({ maxOrdersPerHour: 5 });
  const check = (count: number, email = 'dana.whitfield@example.com') =>
    fraudEmailVelocityRule.check(
      sampleOrder((o) => {
        o.customer.email = email;
      }),
      params,
      sampleContext({ ordersFromEmailLastHour: count }),
    );

  it('holds the order that goes over the limit, not the one that reaches it', () => {
    expect(check(5)).toEqual([]);
    expect(check(6)).toEqual([
      {
        field: 'customer.email',
        message:
          '6 orders from dana.whitfield@example.com in the last hour, more than the 5 allowed; check they are genuine before releasing the hold',
      },
    ]);
  });

  it('skips orders without an email', () => {
    expect(check(40, '')).toEqual([]);
    expect(check(40, '   ')).toEqual([]);
  });

  it('refuses a limit that is not a whole number of at least one', () => {
    for (const maxOrdersPerHour of [0, -3, 2.5, '5', null]) {
      expect(FraudEmailVelocityParamsSchema.safeParse({ maxOrdersPerHour }).success).toBe(false);
    }
  });
});
