import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { TRACKING_STATE_NAMES } from '../../shared/domain/shipping/tracking-state';
import type { CentralDatabase } from '../db/schema';
import { openTrackingAlert } from './tracking-alerts';

export const DEFAULT_STALE_AFTER_HOURS = 72;

const OptionsSchema = z.object({
  now: z.date(),
  staleAfterHours: z
    .number()
    .positive()
    .max(24 * 365)
    .default(DEFAULT_STALE_AFTER_HOURS),
});

export interface StaleSweep {
  /** Shipments that got a new stale alert. */
  raised: string[];
  /** Open stale alerts closed because their label was voided since. */
  resolved: number;
}

/**
 * Opens a 'stale' alert for each live parcel that is not delivered or returned and has not moved
 * (last scan, else when it was labelled) for `staleAfterHours`. One open alert per parcel: the
 * partial unique index keeps a second sweep, or a second head-office process, from doubling it.
 * The tracking webhook closes it when the parcel moves; a voided label's alert is closed here.
 */
export async function raiseStaleParcelAlerts(
  db: Kysely<CentralDatabase>,
  options: { now: Date; staleAfterHours?: number },
): Promise<StaleSweep> {
  const { now, staleAfterHours } = OptionsSchema.parse(options);
  const cutoff = new Date(now.getTime() - staleAfterHours * 3_600_000);
  const stale = await db
    .selectFrom('shipments as s')
    .select([
      's.id',
      's.tracking_number',
      's.tracking_state',
      sql<Date>`coalesce(s.tracking_updated_at, s.created_at)`.as('last_moved'),
    ])
    .where('s.voided_at', 'is', null)
    .where('s.tracking_state', 'not in', ['delivered', 'returned_to_sender'])
    .where(sql<boolean>`coalesce(s.tracking_updated_at, s.created_at) < ${cutoff}`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('tracking_alerts as a')
            .select('a.id')
            .whereRef('a.shipment_id', '=', 's.id')
            .where('a.kind', '=', 'stale')
            .where('a.resolved_at', 'is', null),
        ),
      ),
    )
    .orderBy('last_moved')
    .execute();
  const raised: string[] = [];
  for (const s of stale) {
    const hours = Math.floor((now.getTime() - s.last_moved.getTime()) / 3_600_000);
    const opened = await openTrackingAlert(db, {
      shipmentId: s.id,
      kind: 'stale',
      message: `Parcel ${s.tracking_number} has not moved for ${hours} hours (last ${TRACKING_STATE_NAMES[s.tracking_state]} at ${s.last_moved.toISOString()}); ask the carrier where it is.`,
      raisedAt: now,
    });
    if (opened) raised.push(s.id);
  }
  const voided = await db
    .updateTable('tracking_alerts')
    .set({ resolved_at: now })
    .where('kind', '=', 'stale')
    .where('resolved_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('shipments as s')
          .select('s.id')
          .whereRef('s.id', '=', 'tracking_alerts.shipment_id')
          .where('s.voided_at', 'is not', null),
      ),
    )
    .executeTakeFirst();
  return { raised, resolved: Number(voided.numUpdatedRows) };
}
