import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { inTransaction } from '../pipeline/in-transaction';
import { recordTrackerUpdate } from './record-tracker-update';
import { readTrackerEvent } from './tracker-event';
import type { TrackingTables } from './tracking-tables';

/**
 * Applies parked tracker updates whose shipment has arrived since (a station that labelled the
 * parcel offline uploaded it later), oldest first, each with the shipment's own transaction;
 * returns how many were applied. Updates still unmatched stay parked.
 */
export async function replayParkedTrackerUpdates(
  db: Kysely<CentralDatabase>,
  options: { now?: Date; limit?: number } = {},
): Promise<number> {
  const tables = db.withTables<TrackingTables>();
  const waiting = await tables
    .selectFrom('parked_tracker_updates as p')
    .innerJoin('shipments as s', (join) =>
      join
        .onRef('s.carrier_code', '=', 'p.carrier_code')
        .onRef('s.tracking_number', '=', 'p.tracking_number'),
    )
    .select(['p.id', 'p.carrier_code', 'p.body', 's.id as shipment_id'])
    .where('p.matched_at', 'is', null)
    .orderBy('p.received_at')
    .orderBy('p.id')
    .limit(options.limit ?? 500)
    .execute();
  let applied = 0;
  for (const row of waiting) {
    await inTransaction(db, async (trx) => {
      const read = readTrackerEvent(row.body);
      if (read.kind === 'tracker') {
        await recordTrackerUpdate(trx, {
          carrierCode: row.carrier_code,
          update: read.update,
          body: row.body,
          ...(options.now ? { now: options.now } : {}),
        });
      }
      await trx
        .withTables<TrackingTables>()
        .updateTable('parked_tracker_updates')
        .set({ matched_shipment_id: row.shipment_id, matched_at: options.now ?? new Date() })
        .where('id', '=', row.id)
        .execute();
    });
    applied += 1;
  }
  return applied;
}
