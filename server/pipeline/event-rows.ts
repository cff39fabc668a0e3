import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { newId } from './ids';

export interface EventRow {
  entityType: string;
  entityId: string;
  kind: string;
  at: string;
  actor: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/** Writes several events in one statement, in the order given (ids are time-ordered). */
export async function insertEvents(
  trx: Transaction<CentralDatabase>,
  rows: readonly EventRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('events')
    .values(
      rows.map((row) => ({
        id: newId(),
        at: row.at,
        entity_type: row.entityType,
        entity_id: row.entityId,
        kind: row.kind,
        from_status: row.from ?? null,
        to_status: row.to ?? null,
        actor: row.actor,
        reason: row.reason ?? null,
        data: JSON.stringify(row.data ?? {}),
      })),
    )
    .execute();
}
