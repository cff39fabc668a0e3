import type { Kysely } from 'kysely';
import type { OpenTrackingAlert } from '../../shared/contract/schemas/tracking-alerts';
import type { CentralDatabase } from '../db/schema';

/** GET /v1/tracking/alerts answers with this; the Ship screen lists it. */
export {
  OpenTrackingAlertSchema,
  OpenTrackingAlertsAnswerSchema,
  type OpenTrackingAlert,
  type OpenTrackingAlertsAnswer,
} from '../../shared/contract/schemas/tracking-alerts';

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
