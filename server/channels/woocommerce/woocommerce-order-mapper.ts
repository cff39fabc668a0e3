import type { CaptureAddress, OrderCapture } from '../../../shared/api/order-capture';
import { AmountReader } from '../amount-reader';
import { quoteInput, type ChannelIssue } from '../channel-error';
import { divideExactly } from '../decimal-to-minor';
import { finishCapture, type SourcePaths } from '../finish-capture';
import { parsePayload } from '../parse-payload';
import { joinName, presentText } from '../payload-fields';
import { serviceLevelFromText } from '../service-level-from-text';
import { WooOrderSchema, type WooAddress, type WooOrder } from './woocommerce-order-schema';
import { wooPaymentStatus } from './woocommerce-payment-status';

const addressPaths = (capture: string, source: string): Record<string, string> => ({
  [capture]: source,
  [`${capture}.name`]: `${source}.first_name`,
  [`${capture}.company`]: `${source}.company`,
  [`${capture}.line1`]: `${source}.address_1`,
  [`${capture}.line2`]: `${source}.address_2`,
  [`${capture}.city`]: `${source}.city`,
  [`${capture}.region`]: `${source}.state`,
  [`${capture}.postcode`]: `${source}.postcode`,
  [`${capture}.country`]: `${source}.country`,
  [`${capture}.phone`]: `${source}.phone`,
});

const SOURCE_PATHS: SourcePaths = {
  externalId: 'id',
  placedAt: 'date_created_gmt',
  currency: 'currency',
  'customer.email': 'billing.email',
  'customer.name': 'billing.first_name',
  'customer.phone': 'billing.phone',
  ...addressPaths('shipTo', 'shipping'),
  ...addressPaths('billTo', 'billing'),
  lines: 'line_items',
  'lines.*.sku': 'line_items.*.sku',
  'lines.*.quantity': 'line_items.*.quantity',
  'lines.*.unitPriceMinor': 'line_items.*.subtotal',
  shippingMinor: 'shipping_total',
  taxMinor: 'total_tax',
  discountMinor: 'discount_total',
  totalMinor: 'total',
  'payment.status': 'status',
  'payment.method': 'payment_method_title',
  notes: 'customer_note',
};

const TOTALS_HINT =
  ' (a Wharf order holds lines, shipping, tax and discounts; fee lines and gift cards are not carried)';

function toCaptureAddress(address: WooAddress): CaptureAddress {
  return {
    name: joinName(address.first_name, address.last_name) ?? '',
    company: presentText(address.company),
    line1: presentText(address.address_1) ?? '',
    line2: presentText(address.address_2),
    city: presentText(address.city) ?? '',
    region: presentText(address.state),
    postcode: presentText(address.postcode) ?? '',
    country: presentText(address.country) ?? '',
    phone: presentText(address.phone),
  };
}

const hasAddress = (address: WooAddress | null | undefined): address is WooAddress =>
  !!address &&
  [address.address_1, address.city, address.postcode, address.country].some(presentText);

function mapOrder(order: WooOrder): OrderCapture {
  const issues: ChannelIssue[] = [];
  const money = new AmountReader(order.currency, 'currency');
  // Woo keeps amounts excluding tax. A tax-inclusive shop is carried as one (gross prices, as
  // the shopper saw them, and the tax only reported), because gross unit prices divide by the
  // quantity where net ones, worked back from the gross, often do not.
  const gross = order.prices_include_tax;
  const withTax = (net: string, tax: string | null | undefined, path: string, taxPath: string) =>
    money.read(net, path) + (gross && tax ? money.read(tax, taxPath) : 0);

  if (!hasAddress(order.shipping)) {
    // Woo copies the billing address here when the cart needs shipping; an empty one means a
    // virtual order, which the warehouse has nothing to send for.
    issues.push({ path: 'shipping', message: 'The order has no shipping address' });
  }

  const lines = order.line_items.map((line, index) => {
    const path = `line_items.${index}`;
    const sku = presentText(line.sku);
    if (!sku) {
      issues.push({
        path: `${path}.sku`,
        message: `Line ${quoteInput(line.name ?? '')} has no SKU; give the product a SKU in WooCommerce so the warehouse knows what to pick`,
      });
    }
    const lineAmount = withTax(
      line.subtotal,
      line.subtotal_tax,
      `${path}.subtotal`,
      `${path}.subtotal_tax`,
    );
    const unit = divideExactly(lineAmount, line.quantity);
    if (unit === undefined) {
      issues.push({
        path: `${path}.subtotal`,
        message: `The line amount ${lineAmount} (minor units) does not split evenly over ${line.quantity} units, and Wharf will not round a price; split the line or correct its price in WooCommerce`,
      });
    }
    return { sku: sku ?? '', quantity: line.quantity, unitPriceMinor: unit ?? 0 };
  });

  const paymentMethod = presentText(order.payment_method);
  const shippingLines = order.shipping_lines ?? [];
  const capture = {
    externalId: String(order.id),
    placedAt: order.date_created_gmt,
    currency: order.currency,
    customer: {
      email: presentText(order.billing.email) ?? '',
      name: joinName(order.billing.first_name, order.billing.last_name) ?? '',
      phone: presentText(order.billing.phone),
    },
    shipTo: hasAddress(order.shipping) ? toCaptureAddress(order.shipping) : { country: '' },
    billTo: hasAddress(order.billing) ? toCaptureAddress(order.billing) : undefined,
    lines,
    shippingMinor: withTax(
      order.shipping_total,
      order.shipping_tax,
      'shipping_total',
      'shipping_tax',
    ),
    taxMinor: money.read(order.total_tax, 'total_tax'),
    taxIncluded: gross,
    discountMinor: withTax(
      order.discount_total,
      order.discount_tax,
      'discount_total',
      'discount_tax',
    ),
    totalMinor: money.read(order.total, 'total'),
    payment: {
      status: wooPaymentStatus(order.status, paymentMethod, order.date_paid_gmt),
      method: (presentText(order.payment_method_title) ?? paymentMethod)?.slice(0, 60),
    },
    serviceLevel: serviceLevelFromText(
      ...shippingLines.flatMap((line) => [line.method_title, line.method_id]),
    ),
    notes: presentText(order.customer_note),
  };
  return finishCapture(
    'WooCommerce',
    capture,
    [...issues, ...money.issues],
    SOURCE_PATHS,
    TOTALS_HINT,
  );
}

/**
 * Turns the decoded body of an `order.created` webhook into an OrderCapture. Throws ChannelError
 * PAYLOAD_INVALID when the body is not a WooCommerce order, MAPPING_FAILED when it is one Wharf
 * cannot take as it stands.
 */
export function mapWooCommerceOrder(body: unknown): OrderCapture {
  return mapOrder(parsePayload(WooOrderSchema, body, 'WooCommerce order.created payload'));
}
