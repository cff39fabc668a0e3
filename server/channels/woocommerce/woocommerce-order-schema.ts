import { z } from 'zod';
import {
  currencyCode,
  decimalText,
  gmtTimestampText,
  lineQuantity,
  nullableText,
} from '../payload-fields';

/**
 * The parts of WooCommerce's `order.created` webhook body (the REST API v3 Order) that Wharf
 * uses; anything else is allowed and dropped. Woo reports line, shipping and discount amounts
 * excluding tax, with the tax beside them, whatever `prices_include_tax` says.
 */
export const WOO_ORDER_STATUSES = [
  'pending',
  'processing',
  'on-hold',
  'completed',
  'cancelled',
  'refunded',
  'failed',
] as const;
export type WooOrderStatus = (typeof WOO_ORDER_STATUSES)[number];

const addressFields = {
  first_name: nullableText,
  last_name: nullableText,
  company: nullableText,
  address_1: nullableText,
  address_2: nullableText,
  city: nullableText,
  state: nullableText,
  postcode: nullableText,
  country: nullableText,
  phone: nullableText,
};

export const WooShippingAddressSchema = z.object(addressFields);
export type WooAddress = z.infer<typeof WooShippingAddressSchema>;

export const WooBillingAddressSchema = z.object({ ...addressFields, email: nullableText });

export const WooLineItemSchema = z.object({
  name: nullableText,
  sku: nullableText,
  quantity: lineQuantity,
  /** Before coupons, excluding tax. The exact base of the unit price. */
  subtotal: decimalText,
  subtotal_tax: decimalText.nullish(),
  /** After coupons, excluding tax. */
  total: decimalText,
  /** A float (total ÷ quantity): checked for type only, never used for money. */
  price: z.number({ error: 'Expected the price as a number' }).nullish(),
});

export const WooShippingLineSchema = z.object({
  method_title: nullableText,
  method_id: nullableText,
});

export const WooOrderSchema = z.object({
  id: z.number().int().positive(),
  number: z.union([z.string(), z.number()]).nullish(),
  status: z.enum(WOO_ORDER_STATUSES),
  currency: currencyCode,
  date_created_gmt: gmtTimestampText,
  // Unpaid orders carry null here, and some plugins an empty string.
  date_paid_gmt: z.preprocess((value) => (value === '' ? null : value), gmtTimestampText.nullish()),
  total: decimalText,
  total_tax: decimalText,
  shipping_total: decimalText,
  shipping_tax: decimalText.nullish(),
  discount_total: decimalText,
  discount_tax: decimalText.nullish(),
  prices_include_tax: z.boolean(),
  billing: WooBillingAddressSchema,
  shipping: WooShippingAddressSchema.nullish(),
  line_items: z.array(WooLineItemSchema).min(1, 'An order needs at least one line item'),
  shipping_lines: z.array(WooShippingLineSchema).nullish(),
  payment_method: nullableText,
  payment_method_title: nullableText,
  customer_note: nullableText,
});
export type WooOrder = z.infer<typeof WooOrderSchema>;
