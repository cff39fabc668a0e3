import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { MutationRejectCodeSchema } from '../../shared/mutations';
import type { MutationEnvelope, MutationOutcome } from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import type { StationCaller } from '../http/station-auth';
import type { MutationRejection } from './mutation-rejection';

interface StoredOutcome {
  id: string;
  station_id: string;
  status: 'accepted' | 'rejected';
  reject_code: string | null;
  reject_message: string | null;
  txid: string;
  applied_at: Date;
}

/** The recorded outcome of a mutation id, as the station that sent it sees it. */
export async function storedOutcome(
  db: Kysely<CentralDatabase>,
  id: string,
  station: StationCaller,
): Promise<MutationOutcome | undefined> {
  const row: StoredOutcome | undefined = await db
    .selectFrom('station_mutations')
    .select([
      'id',
      'station_id',
      'status',
      'reject_code',
      'reject_message',
      sql<string>`txid::text`.as('txid'),
      'applied_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.station_id !== station.stationId) {
    // Not stored: the id belongs to the other station's mutation, which stands.
    return {
      id,
      status: 'rejected',
      code: 'CONFLICT',
      message: `Another station already sent a change with this id, so ${station.name}'s was not applied; make the change again.`,
      appliedAt: new Date().toISOString(),
    };
  }
  return toOutcome(row);
}

export function toOutcome(row: StoredOutcome): MutationOutcome {
  const appliedAt = row.applied_at.toISOString();
  if (row.status === 'accepted') {
    return { id: row.id, status: 'accepted', txid: row.txid, appliedAt };
  }
  return {
    id: row.id,
    status: 'rejected',
    code: MutationRejectCodeSchema.parse(row.reject_code),
    message: row.reject_message ?? '',
    appliedAt,
  };
}

/**
 * Stores a refusal in a transaction of its own (the attempt was rolled back) and answers with
 * whatever is stored: a concurrent attempt with the same id may have recorded its outcome first.
 */
export async function recordRejection(
  db: Kysely<CentralDatabase>,
  station: StationCaller,
  mutation: MutationEnvelope,
  rejection: MutationRejection,
): Promise<MutationOutcome> {
  await db
    .insertInto('station_mutations')
    .values({
      ...mutationColumns(station, mutation),
      status: 'rejected',
      reject_code: rejection.code,
      reject_message: rejection.message,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const outcome = await storedOutcome(db, mutation.id, station);
  if (!outcome) throw new Error(`station_mutations lost the row of ${mutation.id}`);
  return outcome;
}

/** The columns every recorded mutation has, accepted or not. */
export function mutationColumns(station: StationCaller, mutation: MutationEnvelope) {
  return {
    id: mutation.id,
    station_id: station.stationId,
    warehouse_id: station.warehouseId,
    kind: mutation.kind,
    person_id: mutation.personId,
    payload: JSON.stringify(mutation.payload),
    created_at: mutation.createdAt,
  };
}
