import { z } from 'zod';
import {
  currencyCode,
  decimalText,
  lineQuantity,
  nullableText,
  timestampText,
} from '../payload-fields';

/**
 * The parts of Shopify's `orders/create` webhook body (the REST Admin API Order resource) that
 * Wharf uses. Everything else Shopify sends is allowed and dropped. Money fields are in the
 * shop currency (`currency`), not the presentment currency the shopper saw.
 */

/**
 * Shopify ids are 64-bit; newer ones (and the test notification's 820982911946154508) are beyond
 * what a JavaScript number holds exactly, so `JSON.parse` has already rounded them. The mapper
 * then takes the digits from `admin_graphql_api_id` instead, which is a string.
 */
export const ShopifyIdSchema = z.union([
  // Not .int(): zod's int() refuses integers past 2^53, and those are exactly the ids to rescue.
  z.number().positive().refine(Number.isInteger, 'Expected a whole-number id'),
  z.string().regex(/^\d+$/, 'Expected a numeric id'),
]);

export const ShopifyAddressSchema = z.object({
  first_name: nullableText,
  last_name: nullableText,
  name: nullableText,
  company: nullableText,
  address1: nullableText,
  address2: nullableText,
  city: nullableText,
  province: nullableText,
  province_code: nullableText,
  zip: nullableText,
  country_code: nullableText,
  phone: nullableText,
});
export type ShopifyAddress = z.infer<typeof ShopifyAddressSchema>;

export const SHOPIFY_FINANCIAL_STATUSES = [
  'pending',
  'authorized',
  'partially_paid',
  'paid',
  'partially_refunded',
  'refunded',
  'voided',
] as const;

export const ShopifyLineItemSchema = z.object({
  sku: nullableText,
  quantity: lineQuantity,
  price: decimalText,
  title: nullableText,
  variant_id: z.number().nullish(),
});

export const ShopifyShippingLineSchema = z.object({
  price: decimalText,
  title: nullableText,
  code: nullableText,
});

export const ShopifyOrderSchema = z.object({
  id: ShopifyIdSchema,
  admin_graphql_api_id: nullableText,
  name: nullableText,
  email: nullableText,
  phone: nullableText,
  created_at: timestampText,
  currency: currencyCode,
  total_price: decimalText,
  subtotal_price: decimalText.nullish(),
  total_tax: decimalText.nullish(),
  taxes_included: z.boolean(),
  total_discounts: decimalText.nullish(),
  financial_status: z.enum(SHOPIFY_FINANCIAL_STATUSES),
  payment_gateway_names: z.array(z.string()).nullish(),
  line_items: z.array(ShopifyLineItemSchema).min(1, 'An order needs at least one line item'),
  shipping_address: ShopifyAddressSchema.nullish(),
  billing_address: ShopifyAddressSchema.nullish(),
  shipping_lines: z.array(ShopifyShippingLineSchema).nullish(),
  customer: z
    .object({
      email: nullableText,
      first_name: nullableText,
      last_name: nullableText,
      phone: nullableText,
    })
    .nullish(),
  note: nullableText,
});
export type ShopifyOrder = z.infer<typeof ShopifyOrderSchema>;

export const ShopifyCancellationSchema = z.object({
  id: ShopifyIdSchema,
  admin_graphql_api_id: nullableText,
  cancelled_at: timestampText,
  cancel_reason: nullableText,
});
export type ShopifyCancellationPayload = z.infer<typeof ShopifyCancellationSchema>;
