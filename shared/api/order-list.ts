import { z } from 'zod';
import { OrderStatusSchema } from '../domain/order-status';
import { MoneyAmountSchema, UtcTimeSchema } from './money-amount';

/** `GET /v1/orders` query string. Filters combine with AND. */
export const OrderListQuerySchema = z.object({
  status: OrderStatusSchema.optional(),
  /** Channel code, e.g. `web-store`. */
  channel: z.string().trim().min(1).max(32).optional(),
  /** Warehouse code: orders with a fulfilment there. */
  warehouse: z.string().trim().toUpperCase().min(1).max(8).optional(),
  /** Part of the order number, external id, customer email or name; case-insensitive. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce
    .number({ error: 'limit is a whole number from 1 to 200' })
    .int('limit is a whole number from 1 to 200')
    .min(1, 'limit is a whole number from 1 to 200')
    .max(200, 'limit is a whole number from 1 to 200')
    .default(50),
  /** `nextCursor` of the previous page, as given. */
  cursor: z.string().min(1).max(1000).optional(),
});
export type OrderListQuery = z.infer<typeof OrderListQuerySchema>;
export type OrderListQueryInput = z.input<typeof OrderListQuerySchema>;

export const OrderSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  channel: z.string(),
  externalId: z.string(),
  status: OrderStatusSchema,
  customer: z.object({ email: z.string(), name: z.string() }),
  shipCountry: z.string(),
  total: MoneyAmountSchema,
  placedAt: UtcTimeSchema,
  createdAt: UtcTimeSchema,
  updatedAt: UtcTimeSchema,
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

/** Newest first; `nextCursor` is null on the last page. */
export const OrderListAnswerSchema = z.object({
  orders: z.array(OrderSummarySchema),
  nextCursor: z.string().nullable(),
});
export type OrderListAnswer = z.infer<typeof OrderListAnswerSchema>;
