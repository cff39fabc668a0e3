import { describe, expect, it } from 'vitest';
import { OrderCaptureSchema } from '../../api/order-capture';
import { DEFAULT_VALIDATION_RULES } from './default-rules';
import { evaluateRules } from './evaluate-rules';
import { loadValidationRules } from './load-rules';
import { orderFactsFromCapture } from './order-facts';
import type { ValidationRule } from './rule-kinds';
import { sampleContext, sampleOrder } from './sample-order';

const rules = loadValidationRules(DEFAULT_VALIDATION_RULES);

describe('evaluateRules', () => {
  it('passes a good order with no violations', () => {
    expect(evaluateRules(rules, sampleOrder(), sampleContext())).toEqual([]);
  });

  it('returns every violation of every rule, each with the code of its rule', () => {
    const order = sampleOrder((o) => {
      o.channelKind = 'web';
      o.payment.status = 'pending';
      o.totalMinor = 120_000;
      o.billTo = { country: 'GB' };
      o.shipTo.line1 = '';
      o.shipTo.postcode = 'ABC';
      o.lines = [{ sku: 'NOPE-1', quantity: 1 }];
    });
    const violations = evaluateRules(rules, order, sampleContext({ ordersFromEmailLastHour: 9 }));
    expect(violations.map((v) => [v.rule, v.field])).toEqual([
      ['shipping_address_complete', 'shipTo.line1'],
      ['address_valid', 'shipTo.postcode'],
      ['payment_by_channel', 'payment.status'],
      ['fraud_value_country_mismatch', 'billTo.country'],
      ['fraud_email_velocity', 'customer.email'],
      ['sku_in_catalogue', 'lines.0.sku'],
    ]);
    expect(violations[1]?.message).toBe(
      "Postcode 'ABC' does not look like a US ZIP code (12345 or 12345-6789)",
    );
  });

  it('skips disabled rules', () => {
    const relaxed: ValidationRule[] = rules.map((rule) =>
      rule.kind === 'payment_status' ? { ...rule, enabled: false } : rule,
    );
    const unpaid = sampleOrder((o) => {
      o.payment.status = 'pending';
    });
    expect(evaluateRules(rules, unpaid, sampleContext())).toHaveLength(1);
    expect(evaluateRules(relaxed, unpaid, sampleContext())).toEqual([]);
  });

  it('runs on a captured order as the channel sent it', () => {
    // A Shopify-style German order: tax included in prices, billed in Austria, over the limit.
    const capture = OrderCaptureSchema.parse({
      externalId: '#1001',
      placedAt: '2025-03-01T09:12:44+01:00',
      currency: 'EUR',
      customer: { email: 'jonas.becker@example.de', name: 'Jonas Becker' },
      shipTo: {
        name: 'Jonas Becker',
        line1: 'Unter den Linden 77',
        city: 'Berlin',
        postcode: '10117',
        country: 'de',
      },
      billTo: {
        name: 'Jonas Becker',
        line1: 'Stephansplatz 1',
        city: 'Wien',
        postcode: '1010',
        country: 'AT',
      },
      lines: [{ sku: 'CAP-OS-RED', quantity: 30, unitPriceMinor: 1_999 }],
      shippingMinor: 0,
      taxIncluded: true,
      taxMinor: 9_575,
      totalMinor: 59_970,
      payment: { status: 'paid', method: 'shopify_payments' },
    });
    const violations = evaluateRules(rules, orderFactsFromCapture(capture, 'web'), sampleContext());
    expect(violations).toEqual([
      {
        rule: 'fraud_value_country_mismatch',
        field: 'billTo.country',
        message:
          'Order total EUR 599.70 is at or above the EUR 500.00 review limit and the billing country (Austria) differs from the shipping country (Germany); confirm the order is genuine before releasing it',
      },
    ]);
  });

  it('runs no rules when given none', () => {
    expect(evaluateRules([], sampleOrder(), sampleContext())).toEqual([]);
  });
});
