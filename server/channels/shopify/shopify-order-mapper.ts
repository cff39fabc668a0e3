import type { CaptureAddress, OrderCapture } from '../../../shared/api/order-capture';
import { AmountReader } from '../amount-reader';
import { quoteInput, type ChannelIssue } from '../channel-error';
import { finishCapture, type SourcePaths } from '../finish-capture';
import { parsePayload } from '../parse-payload';
import { joinName, presentText } from '../payload-fields';
import { serviceLevelFromText } from '../service-level-from-text';
import { shopifyExternalId } from './shopify-id';
import { ShopifyOrderSchema, type ShopifyAddress, type ShopifyOrder } from './shopify-order-schema';
import { shopifyPaymentStatus } from './shopify-payment-status';

const addressPaths = (capture: string, source: string): Record<string, string> => ({
  [capture]: source,
  [`${capture}.name`]: `${source}.name`,
  [`${capture}.company`]: `${source}.company`,
  [`${capture}.line1`]: `${source}.address1`,
  [`${capture}.line2`]: `${source}.address2`,
  [`${capture}.city`]: `${source}.city`,
  [`${capture}.region`]: `${source}.province_code`,
  [`${capture}.postcode`]: `${source}.zip`,
  [`${capture}.country`]: `${source}.country_code`,
  [`${capture}.phone`]: `${source}.phone`,
});

const SOURCE_PATHS: SourcePaths = {
  externalId: 'id',
  placedAt: 'created_at',
  currency: 'currency',
  'customer.email': 'email',
  'customer.name': 'customer.first_name',
  'customer.phone': 'customer.phone',
  ...addressPaths('shipTo', 'shipping_address'),
  ...addressPaths('billTo', 'billing_address'),
  lines: 'line_items',
  'lines.*.sku': 'line_items.*.sku',
  'lines.*.quantity': 'line_items.*.quantity',
  'lines.*.unitPriceMinor': 'line_items.*.price',
  shippingMinor: 'shipping_lines',
  taxMinor: 'total_tax',
  discountMinor: 'total_discounts',
  totalMinor: 'total_price',
  'payment.status': 'financial_status',
  'payment.method': 'payment_gateway_names',
  notes: 'note',
};

const TOTALS_HINT =
  ' (a Wharf order holds lines, shipping, tax and discounts; tips, duties and additional fees are not carried)';

function toCaptureAddress(address: ShopifyAddress): CaptureAddress {
  return {
    name: presentText(address.name) ?? joinName(address.first_name, address.last_name) ?? '',
    company: presentText(address.company),
    line1: presentText(address.address1) ?? '',
    line2: presentText(address.address2),
    city: presentText(address.city) ?? '',
    region: presentText(address.province_code) ?? presentText(address.province),
    postcode: presentText(address.zip) ?? '',
    country: presentText(address.country_code) ?? '',
    phone: presentText(address.phone),
  };
}

function mapOrder(order: ShopifyOrder): OrderCapture {
  const issues: ChannelIssue[] = [];
  const money = new AmountReader(order.currency, 'currency');
  const externalId = shopifyExternalId(order.id, order.admin_graphql_api_id, issues);

  if (!order.shipping_address) {
    // Pickup and digital-only orders have none; the warehouse has nowhere to send those.
    issues.push({ path: 'shipping_address', message: 'The order has no shipping address' });
  }

  const lines = order.line_items.map((line, index) => {
    const sku = presentText(line.sku);
    if (!sku) {
      const variant = line.variant_id ? ` (variant ${line.variant_id})` : '';
      issues.push({
        path: `line_items.${index}.sku`,
        message: `Line ${quoteInput(line.title ?? '')}${variant} has no SKU; give the variant a SKU in Shopify so the warehouse knows what to pick`,
      });
    }
    return {
      sku: sku ?? '',
      quantity: line.quantity,
      unitPriceMinor: money.read(line.price, `line_items.${index}.price`),
    };
  });

  const shippingLines = order.shipping_lines ?? [];
  const gateways = order.payment_gateway_names ?? [];
  const capture = {
    externalId,
    placedAt: order.created_at,
    currency: order.currency,
    customer: {
      email: presentText(order.email) ?? presentText(order.customer?.email) ?? '',
      name:
        joinName(order.customer?.first_name, order.customer?.last_name) ??
        presentText(order.shipping_address?.name) ??
        presentText(order.billing_address?.name) ??
        '',
      phone:
        presentText(order.customer?.phone) ??
        presentText(order.phone) ??
        presentText(order.shipping_address?.phone),
    },
    shipTo: order.shipping_address ? toCaptureAddress(order.shipping_address) : { country: '' },
    billTo: order.billing_address ? toCaptureAddress(order.billing_address) : undefined,
    lines,
    shippingMinor: money.sum(
      shippingLines.map((line, index) => ({
        amount: line.price,
        path: `shipping_lines.${index}.price`,
      })),
    ),
    taxMinor: order.total_tax ? money.read(order.total_tax, 'total_tax') : 0,
    taxIncluded: order.taxes_included,
    discountMinor: order.total_discounts ? money.read(order.total_discounts, 'total_discounts') : 0,
    totalMinor: money.read(order.total_price, 'total_price'),
    payment: {
      status: shopifyPaymentStatus(order.financial_status, gateways),
      method: presentText(gateways.join(', '))?.slice(0, 60),
    },
    serviceLevel: serviceLevelFromText(...shippingLines.flatMap((line) => [line.title, line.code])),
    notes: presentText(order.note),
  };
  return finishCapture('Shopify', capture, [...issues, ...money.issues], SOURCE_PATHS, TOTALS_HINT);
}

/**
 * Turns the decoded body of an `orders/create` webhook into an OrderCapture. Throws ChannelError
 * PAYLOAD_INVALID when the body is not a Shopify order, MAPPING_FAILED when it is one Wharf
 * cannot take as it stands (no SKU on a line, totals that do not add up, ...).
 */
export function mapShopifyOrder(body: unknown): OrderCapture {
  return mapOrder(parsePayload(ShopifyOrderSchema, body, 'Shopify orders/create payload'));
}
