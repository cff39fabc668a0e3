import type { Kysely } from 'kysely';
import { z } from 'zod';
import { TrackingStateSchema } from '../../shared/domain/shipping/tracking-state';
import type { CentralDatabase } from '../db/schema';

/** GET /v1/tracking/alerts answers with this; the Ship screen lists it. */
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
export const OpenTrackingAlertsAnswerSchema = z.object({
  alerts: z.array(OpenTrackingAlertSchema),
});
export type OpenTrackingAlertsAnswer = z.infer<typeof OpenTrackingAlertsAnswerSchema>;

/** The warehouse's open alerts, oldest first: the longest-waiting parcel is the first to chase. */
export async function listOpenTrackingAlerts(
  db: Kysely<CentralDatabase>,
  warehouseId: string,
  limit = 500,
): Promise<OpenTrackingAlert[]> {
  const rows = await db
    .selectFrom('tracking_alerts as a')
    .innerJoin('shipments as s', 's.id', 'a.shipment_id')
    .innerJoin('fulfilments as f', 'f.id', 's.fulfilment_id')
    .innerJoin('orders as o', 'o.id', 'f.order_id')
    .innerJoin('carriers as c', 'c.code', 's.carrier_code')
    .select([
      'a.id',
      'a.kind',
      'a.message',
      'a.raised_at',
      's.id as shipment_id',
      'o.number as order_number',
      's.tracking_number',
      's.carrier_code',
      'c.name as carrier_name',
      's.tracking_state',
      's.tracking_updated_at',
    ])
    .where('s.warehouse_id', '=', warehouseId)
    .where('a.resolved_at', 'is', null)
    .orderBy('a.raised_at')
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    message: r.message,
    since: r.raised_at.toISOString(),
    shipmentId: r.shipment_id,
    orderNumber: r.order_number,
    trackingNumber: r.tracking_number,
    carrierCode: r.carrier_code,
    carrierName: r.carrier_name,
    state: r.tracking_state,
    lastMovementAt: r.tracking_updated_at ? r.tracking_updated_at.toISOString() : null,
  }));
}
