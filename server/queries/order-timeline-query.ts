import type { Kysely } from 'kysely';
import type { TimelineEntry } from '../../shared/api/order-detail';
import type { CentralDatabase } from '../db/schema';
import { isoOf } from './answer-values';

/** An order's history, oldest first, read from the append-only events table. */
export async function orderTimeline(
  db: Kysely<CentralDatabase>,
  orderId: string,
): Promise<TimelineEntry[]> {
  const events = await db
    .selectFrom('events')
    .select(['at', 'kind', 'from_status', 'to_status', 'actor', 'reason', 'data'])
    .where('entity_type', '=', 'order')
    .where('entity_id', '=', orderId)
    // Several events share one transaction's time; UUIDv7 ids keep them in the order written.
    .orderBy('at')
    .orderBy('id')
    .execute();
  return events.map((e) => ({
    at: isoOf(e.at),
    kind: e.kind,
    from: e.from_status,
    to: e.to_status,
    actor: e.actor,
    reason: e.reason,
    data: isRecord(e.data) ? e.data : {},
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
