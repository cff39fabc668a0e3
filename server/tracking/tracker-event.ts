import { z } from 'zod';
import { PipelineError } from '../pipeline/pipeline-error';

/**
 * An EasyPost-style webhook Event carrying a Tracker (`tracker.created` / `tracker.updated`).
 * Loose objects: the provider adds fields over time, and a field we do not read must not make
 * us refuse — a refused webhook is retried for days and then switched off.
 */
const Timestamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const TrackingLocationSchema = z.looseObject({
  city: text(200).nullish(),
  state: text(200).nullish(),
  country: text(100).nullish(),
  zip: text(40).nullish(),
});

const TrackingDetailSchema = z.looseObject({
  status: text(60),
  status_detail: text(200).nullish(),
  message: text(1000).nullish(),
  description: text(1000).nullish(),
  datetime: Timestamp,
  tracking_location: TrackingLocationSchema.nullish(),
});

const TrackerSchema = z.looseObject({
  object: z.literal('Tracker').optional(),
  id: text(100).optional(),
  tracking_code: z.string().trim().min(1).max(100),
  status: text(60),
  carrier: text(100).nullish(),
  public_url: text(2000).nullish(),
  updated_at: Timestamp.nullish(),
  tracking_details: z.array(TrackingDetailSchema).max(1000).default([]),
});

export const TrackerEventSchema = z.looseObject({
  object: z.literal('Event').optional(),
  id: z.string().trim().min(1).max(100),
  description: z.string().min(1).max(100),
  result: z.unknown(),
});

export interface TrackingDetail {
  carrierStatus: string;
  statusDetail: string;
  message: string;
  occurredAt: Date;
  location: string | null;
}

export interface TrackerUpdate {
  /** The provider's event id: evt_… */
  eventId: string;
  trackingCode: string;
  trackerStatus: string;
  details: TrackingDetail[];
}

/** What a signed body asks of us: a tracker update, or an event this endpoint does not take. */
export type TrackerEventBody =
  | { kind: 'tracker'; update: TrackerUpdate }
  | { kind: 'other'; eventId: string; description: string };

const TRACKER_EVENTS = new Set(['tracker.created', 'tracker.updated']);

function issuesOf(error: z.ZodError, prefix: string) {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: i.message,
  }));
}

function locationText(location: z.infer<typeof TrackingLocationSchema> | null | undefined) {
  if (!location) return null;
  const parts = [location.city, location.state, location.zip, location.country]
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Reads a webhook body already parsed from JSON; refuses with every field that was wrong. */
export function readTrackerEvent(body: unknown): TrackerEventBody {
  const event = TrackerEventSchema.safeParse(body);
  if (!event.success) {
    throw new PipelineError(
      'BAD_REQUEST',
      'The body is not a tracker webhook event',
      issuesOf(event.error, ''),
    );
  }
  if (!TRACKER_EVENTS.has(event.data.description)) {
    return { kind: 'other', eventId: event.data.id, description: event.data.description };
  }
  const tracker = TrackerSchema.safeParse(event.data.result);
  if (!tracker.success) {
    throw new PipelineError(
      'BAD_REQUEST',
      `Event ${event.data.id} (${event.data.description}) does not carry a valid tracker`,
      issuesOf(tracker.error, 'result'),
    );
  }
  const t = tracker.data;
  const details: TrackingDetail[] = t.tracking_details.map((d) => ({
    carrierStatus: d.status,
    statusDetail: d.status_detail ?? '',
    message: (d.message ?? d.description ?? '').trim(),
    occurredAt: new Date(d.datetime),
    location: locationText(d.tracking_location),
  }));
  // A tracker with no history yet still says where the parcel is.
  if (details.length === 0 && t.updated_at) {
    details.push({
      carrierStatus: t.status,
      statusDetail: '',
      message: '',
      occurredAt: new Date(t.updated_at),
      location: null,
    });
  }
  return {
    kind: 'tracker',
    update: {
      eventId: event.data.id,
      trackingCode: t.tracking_code.toUpperCase(),
      trackerStatus: t.status,
      details,
    },
  };
}
