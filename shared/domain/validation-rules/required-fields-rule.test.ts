import { describe, expect, it } from 'vitest';
import {
  REQUIRED_FIELD_PATHS,
  RequiredFieldsParamsSchema,
  requiredFieldsRule,
} from './required-fields-rule';
import { sampleContext, sampleOrder } from './sample-order';

const check = (fields: string[], order = sampleOrder()) =>
  requiredFieldsRule.check(order, RequiredFieldsParamsSchema.parse({ fields }), sampleContext());

describe('required_fields', () => {
  it('passes a complete order', () => {
    expect(
      check(['customer.email', 'shipTo.name', 'shipTo.line1', 'shipTo.city', 'shipTo.postcode']),
    ).toEqual([]);
  });

  it('names each missing field, treating whitespace as missing', () => {
    const order = sampleOrder((o) => {
      o.customer.email = '';
      o.shipTo.city = '   ';
    });
    expect(check(['customer.email', 'shipTo.city', 'shipTo.line1'], order)).toEqual([
      { field: 'customer.email', message: 'Customer email is missing' },
      { field: 'shipTo.city', message: 'Shipping city is missing' },
    ]);
  });

  it('treats optional fields that are absent as missing, billing included', () => {
    expect(check(['customer.phone', 'billTo.country'])).toEqual([
      { field: 'customer.phone', message: 'Customer phone is missing' },
      { field: 'billTo.country', message: 'Billing country is missing' },
    ]);
    const billed = sampleOrder((o) => {
      o.billTo = { country: 'US' };
    });
    expect(check(['billTo.country'], billed)).toEqual([]);
  });

  it('can require every path it lists', () => {
    expect(check([...REQUIRED_FIELD_PATHS]).length).toBeGreaterThan(0);
  });

  it('refuses params with an unknown path, no fields, or a stray key', () => {
    const typo = RequiredFieldsParamsSchema.safeParse({ fields: ['shipTo.zip'] });
    expect(typo.error?.issues[0]?.message).toMatch(
      /'shipTo.zip' is not a field a rule can require; use one of customer.email/,
    );
    expect(RequiredFieldsParamsSchema.safeParse({ fields: [] }).error?.issues[0]?.message).toBe(
      'List at least one field to require',
    );
    expect(
      RequiredFieldsParamsSchema.safeParse({ fields: ['shipTo.city'], feilds: [] }).success,
    ).toBe(false);
    expect(RequiredFieldsParamsSchema.safeParse({ fields: ['__proto__'] }).success).toBe(false);
    expect(RequiredFieldsParamsSchema.safeParse({ fields: 'shipTo.city' }).success).toBe(false);
  });
});
