import { z } from 'zod';
import { TrackingStateSchema } from '../../domain/shipping/tracking-state';

/** A parcel that stopped moving, or that the carrier reported a problem with. */
export const OpenTrackingAlertSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['stale', 'exception']),
  message: z.string(),
  /** When the alert was raised (ISO-8601 UTC). */
  since: z.iso.datetime(),
  shipmentId: z.uuid(),
  orderNumber: z.string(),
  trackingNumber: z.string(),
  carrierCode: z.string(),
  carrierName: z.string(),
  state: TrackingStateSchema,
  /** The last carrier scan, or null when the carrier has not scanned it yet. */
  lastMovementAt: z.iso.datetime().nullable(),
});
export type OpenTrackingAlert = z.infer<typeof OpenTrackingAlertSchema>;

/** Answer of GET /v1/tracking/alerts: the warehouse's open alerts, oldest first. */
export const OpenTrackingAlertsAnswerSchema = z.object({
  alerts: z.array(OpenTrackingAlertSchema),
});
export type OpenTrackingAlertsAnswer = z.infer<typeof OpenTrackingAlertsAnswerSchema>;

/** What the Ship screen shows: the alerts, or why the head office could not be asked. */
export const ShipAlertsSchema = z.object({
  alerts: z.array(OpenTrackingAlertSchema),
  /** Null when the list is current; otherwise why it could not be read (offline …). */
  problem: z.string().nullable(),
});
