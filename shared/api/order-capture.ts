import { z } from 'zod';
import { CurrencySchema, MinorUnitsSchema } from '../domain/money';

/**
 * The one shape every sales channel's order is turned into before the pipeline sees it: the
 * generic JSON API takes it as is; Shopify, WooCommerce and CSV adapters map into it.
 *
 * Structure and types are checked here (a malformed order is refused with 400 and nothing is
 * stored). Business checks — a missing postcode, a postcode that does not fit its country, an
 * unpaid web order — are the pipeline's validation rules, which store the order and put it on
 * hold with reasons a person can act on. So address fields are lenient here on purpose.
 */
const text = (max: number) => z.string().trim().max(max);

export const CaptureAddressSchema = z.object({
  name: text(200).default(''),
  company: text(200).optional(),
  line1: text(200).default(''),
  line2: text(200).optional(),
  city: text(100).default(''),
  region: text(100).optional(),
  postcode: text(20).default(''),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code'),
  phone: text(40).optional(),
});
export type CaptureAddress = z.infer<typeof CaptureAddressSchema>;

export const PAYMENT_STATUSES = [
  'paid',
  'authorized',
  'pending',
  'cash_on_delivery',
  'on_account',
  'refunded',
  'voided',
] as const;
export const PaymentStatusSchema = z.enum(PAYMENT_STATUSES);
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

export const SERVICE_LEVELS = ['economy', 'standard', 'express', 'next_day'] as const;
export const ServiceLevelSchema = z.enum(SERVICE_LEVELS);

export const CaptureLineSchema = z.object({
  sku: z.string().trim().min(1, 'Each line needs a SKU').max(64),
  quantity: z.number().int().min(1, 'Quantity must be at least 1').max(100_000),
  unitPriceMinor: MinorUnitsSchema,
});
export type CaptureLine = z.infer<typeof CaptureLineSchema>;

export const OrderCaptureSchema = z
  .object({
    externalId: z.string().trim().min(1).max(100),
    placedAt: z.iso.datetime({ offset: true }),
    currency: CurrencySchema,
    customer: z.object({
      email: text(320).default(''),
      name: text(200).default(''),
      phone: text(40).optional(),
    }),
    shipTo: CaptureAddressSchema,
    billTo: CaptureAddressSchema.optional(),
    lines: z.array(CaptureLineSchema).min(1, 'An order needs at least one line').max(500),
    shippingMinor: MinorUnitsSchema.default(0),
    taxMinor: MinorUnitsSchema.default(0),
    /** Prices already include tax (EU/UK shops): tax is then part of the line prices. */
    taxIncluded: z.boolean().default(false),
    discountMinor: MinorUnitsSchema.default(0),
    totalMinor: MinorUnitsSchema,
    payment: z.object({
      status: PaymentStatusSchema,
      method: text(60).optional(),
    }),
    serviceLevel: ServiceLevelSchema.default('standard'),
    notes: text(2000).optional(),
  })
  .superRefine((order, ctx) => {
    const goods = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0);
    const tax = order.taxIncluded ? 0 : order.taxMinor;
    const expected = goods + order.shippingMinor + tax - order.discountMinor;
    if (expected !== order.totalMinor) {
      ctx.addIssue({
        code: 'custom',
        path: ['totalMinor'],
        message: `Total ${order.totalMinor} does not add up: lines ${goods} + shipping ${order.shippingMinor} + tax ${tax} - discount ${order.discountMinor} = ${expected}`,
      });
    }
  });
export type OrderCapture = z.infer<typeof OrderCaptureSchema>;
export type OrderCaptureInput = z.input<typeof OrderCaptureSchema>;
