import type { PaymentStatus } from '../../../shared/api/order-capture';
import type { WooOrderStatus } from './woocommerce-order-schema';

/**
 * Woo's status says where the order is in the shop's workflow, not whether money arrived, so
 * `date_paid_gmt` decides "paid": a processing order without it is cash on delivery when the
 * method is COD, and otherwise pending, which the pipeline holds.
 */
export function wooPaymentStatus(
  status: WooOrderStatus,
  paymentMethod: string | undefined,
  datePaid: string | null | undefined,
): PaymentStatus {
  switch (status) {
    case 'refunded':
      return 'refunded';
    case 'cancelled':
      return 'voided';
    case 'failed':
      // The customer can still retry the payment from their account, so it is not final.
      return 'pending';
    case 'pending':
    case 'on-hold':
    case 'processing':
    case 'completed':
      break;
  }
  if ((status === 'processing' || status === 'completed') && datePaid) return 'paid';
  // Woo puts COD orders in processing without a payment date; the courier collects.
  if (paymentMethod === 'cod') return 'cash_on_delivery';
  return 'pending';
}
