import { createHash } from 'node:crypto';
import type { TrackingDetail } from './tracker-event';

/**
 * A stable id for one tracking detail. EasyPost sends the tracker's whole history on every
 * update and gives its details no ids, so the id is a digest of what makes a scan that scan:
 * the parcel, when, the status and the carrier's words. The same detail in a redelivered or a
 * later webhook gets the same id, and tracking_events' UNIQUE (carrier_code, source_event_id)
 * keeps it once.
 */
export function trackingDetailId(trackingCode: string, detail: TrackingDetail): string {
  const digest = createHash('sha256')
    .update(
      [
        trackingCode,
        detail.occurredAt.toISOString(),
        detail.carrierStatus,
        detail.statusDetail,
        detail.message,
      ].join('\u001f'),
    )
    .digest('hex');
  return `td_${digest.slice(0, 40)}`;
}
