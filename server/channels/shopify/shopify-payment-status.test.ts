import { describe, expect, it } from 'vitest';
import { shopifyPaymentStatus } from './shopify-payment-status';

describe('shopifyPaymentStatus', () => {
  it('maps every financial_status', () => {
    expect(shopifyPaymentStatus('paid', ['shopify_payments'])).toBe('paid');
    expect(shopifyPaymentStatus('authorized', [])).toBe('authorized');
    expect(shopifyPaymentStatus('pending', ['bogus'])).toBe('pending');
    expect(shopifyPaymentStatus('partially_paid', [])).toBe('pending');
    expect(shopifyPaymentStatus('partially_refunded', [])).toBe('paid');
    expect(shopifyPaymentStatus('refunded', [])).toBe('refunded');
    expect(shopifyPaymentStatus('voided', [])).toBe('voided');
  });

  it("recognises Shopify's manual cash-on-delivery method while the order is unpaid", () => {
    expect(shopifyPaymentStatus('pending', ['Cash on Delivery (COD)'])).toBe('cash_on_delivery');
    expect(shopifyPaymentStatus('pending', ['cod'])).toBe('cash_on_delivery');
    expect(shopifyPaymentStatus('paid', ['Cash on Delivery (COD)'])).toBe('paid');
    expect(shopifyPaymentStatus('pending', ['Bank Deposit'])).toBe('pending');
  });
});
