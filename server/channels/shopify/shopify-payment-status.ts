import type { PaymentStatus } from '../../../shared/api/order-capture';
import type { SHOPIFY_FINANCIAL_STATUSES } from './shopify-order-schema';

type FinancialStatus = (typeof SHOPIFY_FINANCIAL_STATUSES)[number];

/**
 * Partial states map to what the warehouse must do: a partially paid order still owes money
 * (pending, so the pipeline holds it); a partially refunded one was paid and its remaining
 * lines are still to ship (paid).
 */
const FROM_FINANCIAL_STATUS: Record<FinancialStatus, PaymentStatus> = {
  pending: 'pending',
  authorized: 'authorized',
  partially_paid: 'pending',
  paid: 'paid',
  partially_refunded: 'paid',
  refunded: 'refunded',
  voided: 'voided',
};

/** Shopify's manual "Cash on Delivery (COD)" method leaves orders pending until the courier collects. */
const CASH_ON_DELIVERY = /cash on delivery|\bcod\b/i;

export function shopifyPaymentStatus(
  financialStatus: FinancialStatus,
  gatewayNames: readonly string[],
): PaymentStatus {
  if (financialStatus === 'pending' && gatewayNames.some((name) => CASH_ON_DELIVERY.test(name))) {
    return 'cash_on_delivery';
  }
  return FROM_FINANCIAL_STATUS[financialStatus];
}
