import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';

type Db = Kysely<CentralDatabase> | Transaction<CentralDatabase>;
export type AlertKind = 'stale' | 'exception';

/**
 * Opens an alert unless one of that kind is already open for the shipment (the partial unique
 * index tracking_alerts_one_open decides, so two writers racing still leave one). True when
 * this call opened it.
 */
export async function openTrackingAlert(
  db: Db,
  alert: { shipmentId: string; kind: AlertKind; message: string; raisedAt: Date },
): Promise<boolean> {
  const result = await sql<{ id: string }>`
    INSERT INTO tracking_alerts (id, shipment_id, kind, message, raised_at)
    VALUES (${newId()}, ${alert.shipmentId}, ${alert.kind}, ${alert.message}, ${alert.raisedAt})
    ON CONFLICT (shipment_id, kind) WHERE resolved_at IS NULL DO NOTHING
    RETURNING id`.execute(db);
  return result.rows.length > 0;
}

/** Closes the shipment's open alerts of these kinds; how many were open. */
export async function resolveTrackingAlerts(
  db: Db,
  shipmentId: string,
  kinds: readonly AlertKind[],
  at: Date,
): Promise<number> {
  const result = await db
    .updateTable('tracking_alerts')
    .set({ resolved_at: at })
    .where('shipment_id', '=', shipmentId)
    .where('kind', 'in', [...kinds])
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
