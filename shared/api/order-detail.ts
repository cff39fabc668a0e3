import { z } from 'zod';
import { OrderStatusSchema } from '../domain/order-status';
import { FulfilmentStatusSchema } from './fulfilment-status';
import { MoneyAmountSchema, UtcTimeSchema } from './money-amount';

export const OrderAddressSchema = z.object({
  name: z.string().default(''),
  company: z.string().optional(),
  line1: z.string().default(''),
  line2: z.string().optional(),
  city: z.string().default(''),
  region: z.string().optional(),
  postcode: z.string().default(''),
  country: z.string(),
  phone: z.string().optional(),
});
export type OrderAddress = z.infer<typeof OrderAddressSchema>;

/** Why the validation rules held an order, written for the person who releases it. */
export const HoldReasonSchema = z.object({
  rule: z.string(),
  field: z.string().optional(),
  message: z.string(),
});

export const OrderDetailLineSchema = z.object({
  lineNo: z.number().int().positive(),
  sku: z.string(),
  /** Null when the SKU is not in the catalogue. */
  productName: z.string().nullable(),
  quantity: z.number().int().positive(),
  unitPrice: MoneyAmountSchema,
  lineTotal: MoneyAmountSchema,
  /** Units waiting for stock. */
  backordered: z.number().int().nonnegative(),
});

export const OrderDetailFulfilmentSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  warehouse: z.string(),
  status: FulfilmentStatusSchema,
  createdAt: UtcTimeSchema,
  updatedAt: UtcTimeSchema,
  lines: z.array(
    z.object({ lineNo: z.number().int().positive(), sku: z.string(), quantity: z.number().int() }),
  ),
  /** Each labelled parcel: carrier, tracking number and where the carrier last saw it. */
  shipments: z.array(
    z.object({
      parcel: z.string(),
      carrier: z.string(),
      service: z.string(),
      trackingNumber: z.string(),
      trackingState: z.string(),
      labelledAt: UtcTimeSchema,
      voided: z.boolean(),
    }),
  ),
});

export const OrderDetailReservationSchema = z.object({
  id: z.uuid(),
  lineNo: z.number().int().positive(),
  sku: z.string(),
  warehouse: z.string(),
  quantity: z.number().int().positive(),
  status: z.enum(['active', 'released', 'consumed']),
  createdAt: UtcTimeSchema,
  closedAt: UtcTimeSchema.nullable(),
});

/** One entry of an order's history, oldest first. */
export const TimelineEntrySchema = z.object({
  at: UtcTimeSchema,
  kind: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  actor: z.string(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** `GET /v1/orders/:idOrNumber` */
export const OrderDetailSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  channel: z.object({ code: z.string(), name: z.string() }),
  externalId: z.string(),
  status: OrderStatusSchema,
  customer: z.object({ email: z.string(), name: z.string() }),
  subtotal: MoneyAmountSchema,
  shipping: MoneyAmountSchema,
  tax: MoneyAmountSchema,
  discount: MoneyAmountSchema,
  total: MoneyAmountSchema,
  taxIncluded: z.boolean(),
  paymentStatus: z.string(),
  serviceLevel: z.string(),
  shipTo: OrderAddressSchema,
  billTo: OrderAddressSchema.nullable(),
  notes: z.string().nullable(),
  holdReasons: z.array(HoldReasonSchema),
  placedAt: UtcTimeSchema,
  createdAt: UtcTimeSchema,
  updatedAt: UtcTimeSchema,
  lines: z.array(OrderDetailLineSchema),
  fulfilments: z.array(OrderDetailFulfilmentSchema),
  reservations: z.array(OrderDetailReservationSchema),
  timeline: z.array(TimelineEntrySchema),
});
export type OrderDetail = z.infer<typeof OrderDetailSchema>;

export const OrderDetailAnswerSchema = z.object({ order: OrderDetailSchema });
export type OrderDetailAnswer = z.infer<typeof OrderDetailAnswerSchema>;
