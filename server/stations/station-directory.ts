import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from '../pipeline/pipeline-error';

export interface StationAnswer {
  id: string;
  name: string;
  warehouse: string;
  enrolledAt: string;
  lastSeenAt: string | null;
  revoked: boolean;
}

function readStations(db: Kysely<CentralDatabase>, onlyId?: string) {
  let query = db
    .selectFrom('stations as s')
    .innerJoin('warehouses as w', 'w.id', 's.warehouse_id')
    .select(['s.id', 's.name', 'w.code', 's.enrolled_at', 's.last_seen_at', 's.revoked_at'])
    .orderBy('s.enrolled_at', 'desc')
    .orderBy('s.id');
  if (onlyId !== undefined) query = query.where('s.id', '=', onlyId);
  return query.execute().then((rows) =>
    rows.map((r): StationAnswer => ({
      id: r.id,
      name: r.name,
      warehouse: r.code,
      enrolledAt: r.enrolled_at.toISOString(),
      lastSeenAt: r.last_seen_at?.toISOString() ?? null,
      revoked: r.revoked_at !== null,
    })),
  );
}

/** Every station ever enrolled, newest first, for a manager deciding which to revoke. */
export function listStations(db: Kysely<CentralDatabase>): Promise<StationAnswer[]> {
  return readStations(db);
}

/** The station's token stops working at once; enrolling it again with a new code restores it. */
export async function revokeStation(
  db: Kysely<CentralDatabase>,
  stationId: string,
): Promise<StationAnswer> {
  // Revoking twice keeps the first revocation's time.
  await db
    .updateTable('stations')
    .set({ revoked_at: new Date() })
    .where('id', '=', stationId)
    .where('revoked_at', 'is', null)
    .execute();
  const [station] = await readStations(db, stationId);
  if (!station) throw new PipelineError('NOT_FOUND', `There is no station ${stationId}`);
  return station;
}
