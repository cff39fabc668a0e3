import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../testing/test-app';
import { signTrackingWebhook } from '../tracking-signature';

export interface ScanInput {
  status: string;
  at: string;
  message?: string;
  statusDetail?: string;
  city?: string;
}

/** An EasyPost `tracker.updated` Event as the middleware posts it: the tracker's whole history. */
export function trackerEvent(
  trackingCode: string,
  scans: ScanInput[],
  options: { eventId?: string; description?: string } = {},
): Record<string, unknown> {
  const last = scans.at(-1);
  return {
    object: 'Event',
    id: options.eventId ?? `evt_${randomBytes(8).toString('hex')}`,
    description: options.description ?? 'tracker.updated',
    mode: 'test',
    created_at: last?.at ?? '2026-11-20T10:00:00Z',
    previous_attributes: { status: 'unknown' },
    pending_urls: [],
    completed_urls: [],
    result: {
      object: 'Tracker',
      id: `trk_${trackingCode.toLowerCase()}`,
      mode: 'test',
      tracking_code: trackingCode,
      status: last?.status ?? 'unknown',
      status_detail: last?.statusDetail ?? 'unknown',
      carrier: 'USPS',
      public_url: `https://track.easypost.com/${trackingCode}`,
      updated_at: last?.at ?? '2026-11-20T10:00:00Z',
      tracking_details: scans.map((s) => ({
        object: 'TrackingDetail',
        message: s.message ?? `Scan: ${s.status}`,
        description: '',
        status: s.status,
        status_detail: s.statusDetail ?? 'status_update',
        datetime: s.at,
        source: 'USPS',
        carrier_code: '',
        tracking_location: {
          object: 'TrackingLocation',
          city: s.city ?? 'SPRINGFIELD',
          state: 'IL',
          country: 'US',
          zip: '62701',
        },
      })),
    },
  };
}

/** POSTs a body to the tracking webhook, signed with `secret` (or with the header given). */
export async function postTrackerEvent(
  t: TestApp,
  carrierCode: string,
  body: unknown,
  signing: { secret: string } | { header: string | undefined },
): Promise<{ status: number; body: unknown }> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = 'secret' in signing ? signTrackingWebhook(raw, signing.secret) : signing.header;
  return t.request('POST', `/v1/webhooks/tracking/${carrierCode}`, {
    raw,
    headers: {
      'content-type': 'application/json',
      ...(signature === undefined ? {} : { 'x-hmac-signature': signature }),
    },
  });
}
