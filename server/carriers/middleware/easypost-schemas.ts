import { z } from 'zod';

/**
 * The parts of EasyPost-style answers the head office reads. Fields we do not use are let
 * through unchecked; the ones we use are checked, so a changed API fails as BAD_RESPONSE
 * instead of printing a wrong label.
 */

export const RateSchema = z.object({
  id: z.string().min(1),
  carrier: z.string().min(1),
  service: z.string().min(1),
  /** Decimal text ("7.50"), read into minor units without floats. */
  rate: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  delivery_days: z.number().int().nonnegative().nullable().optional(),
});
export type MiddlewareRate = z.infer<typeof RateSchema>;

export const ShipmentMessageSchema = z.object({
  carrier: z.string().nullable().optional(),
  message: z.string(),
  type: z.string().optional(),
});

export const PostageLabelSchema = z.object({
  label_zpl_url: z.url().nullable().optional(),
  /** Some middlewares (and our fake, on request) put the ZPL inline instead of a link. */
  label_zpl: z.string().nullable().optional(),
});

export const ShipmentSchema = z.object({
  id: z.string().min(1),
  rates: z.array(RateSchema).default([]),
  messages: z.array(ShipmentMessageSchema).default([]),
  tracking_code: z.string().nullable().optional(),
  postage_label: PostageLabelSchema.nullable().optional(),
  selected_rate: RateSchema.nullable().optional(),
  refund_status: z.string().nullable().optional(),
});
export type MiddlewareShipment = z.infer<typeof ShipmentSchema>;

export const ScanFormSchema = z.object({
  id: z.string().min(1),
  status: z.string().optional(),
  message: z.string().nullable().optional(),
  tracking_codes: z.array(z.string()).default([]),
});
export type MiddlewareScanForm = z.infer<typeof ScanFormSchema>;

export const TrackingDetailSchema = z.object({
  status: z.string(),
  message: z.string().nullable().optional(),
  datetime: z.iso.datetime({ offset: true }),
  tracking_location: z
    .object({
      city: z.string().nullable().optional(),
      state: z.string().nullable().optional(),
      country: z.string().nullable().optional(),
      zip: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const TrackerSchema = z.object({
  id: z.string().min(1),
  tracking_code: z.string().min(1),
  status: z.string(),
  carrier: z.string().nullable().optional(),
  tracking_details: z.array(TrackingDetailSchema).default([]),
});
export type MiddlewareTracker = z.infer<typeof TrackerSchema>;

export const MiddlewareErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    errors: z
      .array(z.union([z.object({ field: z.string(), message: z.string() }), z.string()]))
      .optional(),
  }),
});
