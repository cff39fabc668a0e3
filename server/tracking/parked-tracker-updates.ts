import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import type { TrackerUpdate } from './tracker-event';
import type { TrackingTables } from './tracking-tables';

/**
 * Keeps a signed update for a tracking number no shipment carries yet, once per provider event.
 * True when this call parked it (false: a redelivery of one parked already).
 */
export async function parkTrackerUpdate(
  trx: Transaction<CentralDatabase>,
  parked: { carrierCode: string; update: TrackerUpdate; body: unknown },
): Promise<boolean> {
  const result = await trx
    .withTables<TrackingTables>()
    .insertInto('parked_tracker_updates')
    .values({
      id: newId(),
      carrier_code: parked.carrierCode,
      tracking_number: parked.update.trackingCode,
      source_event_id: parked.update.eventId,
      body: JSON.stringify(parked.body),
    })
    .onConflict((oc) => oc.columns(['carrier_code', 'source_event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
