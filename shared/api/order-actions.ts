import { z } from 'zod';
import { OrderStatusSchema } from '../domain/order-status';
import { FulfilmentStatusSchema } from './fulfilment-status';
import { BackorderFillSchema } from './stock-receipt';

/** Holds, releases and cancellations are decisions; the timeline must say why. */
export const ReasonBodySchema = z.object({
  reason: z
    .string({ error: 'Say why, e.g. "address checked with customer"' })
    .trim()
    .min(1, 'Say why, e.g. "address checked with customer"')
    .max(500),
});
export type ReasonBody = z.infer<typeof ReasonBodySchema>;

export const OrderRefSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: OrderStatusSchema,
});
export type OrderRef = z.infer<typeof OrderRefSchema>;

/** `POST /v1/orders/:id/release-hold` */
export const ReleaseHoldAnswerSchema = z.object({
  order: OrderRefSchema,
  fulfilments: z.array(z.object({ id: z.uuid(), number: z.string(), warehouse: z.string() })),
  backorderedUnits: z.number().int().nonnegative(),
});
export type ReleaseHoldAnswer = z.infer<typeof ReleaseHoldAnswerSchema>;

/** `POST /v1/orders/:id/cancel`; `changed` is false when the order was already cancelled. */
export const CancelOrderAnswerSchema = z.object({
  order: OrderRefSchema,
  changed: z.boolean(),
  releasedUnits: z.number().int().nonnegative(),
  cancelledFulfilments: z.array(z.string()),
  /** Orders waiting for stock that got the units this cancel freed, oldest first. */
  backorders: z.array(BackorderFillSchema),
});
export type CancelOrderAnswer = z.infer<typeof CancelOrderAnswerSchema>;

/** `POST /v1/fulfilments/:id/release`; `changed` is false when it was already released. */
export const FulfilmentReleaseAnswerSchema = z.object({
  fulfilment: z.object({
    id: z.uuid(),
    number: z.string(),
    warehouse: z.string(),
    status: FulfilmentStatusSchema,
  }),
  order: OrderRefSchema,
  changed: z.boolean(),
});
export type FulfilmentReleaseAnswer = z.infer<typeof FulfilmentReleaseAnswerSchema>;
