import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from '../pipeline/pipeline-error';
import { bearerToken, sha256Hex } from './auth';

export interface StationCaller {
  stationId: string;
  warehouseId: string;
  warehouseCode: string;
  name: string;
}

const NOT_ENROLLED =
  'This station is not enrolled or its enrolment was revoked; enrol it again with a new code from a manager';

/** How often last_seen_at is written: often enough for "seen a minute ago", not on every poll. */
const SEEN_EVERY_MS = 60_000;
const lastSeenWritten = new Map<string, number>();

/** The enrolled station a request comes from, by its token; warehouse and name follow from it. */
export async function requireStation(
  db: Kysely<CentralDatabase>,
  request: FastifyRequest,
): Promise<StationCaller> {
  const token = bearerToken(request);
  if (!token) throw new PipelineError('UNAUTHENTICATED', NOT_ENROLLED);
  const row = await db
    .selectFrom('stations as s')
    .innerJoin('warehouses as w', 'w.id', 's.warehouse_id')
    .select(['s.id', 's.name', 's.warehouse_id', 'w.code'])
    .where('s.token_hash', '=', sha256Hex(token))
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new PipelineError('UNAUTHENTICATED', NOT_ENROLLED);
  await noteSeen(db, row.id);
  return {
    stationId: row.id,
    warehouseId: row.warehouse_id,
    warehouseCode: row.code,
    name: row.name,
  };
}

async function noteSeen(db: Kysely<CentralDatabase>, stationId: string): Promise<void> {
  const now = Date.now();
  if (now - (lastSeenWritten.get(stationId) ?? 0) < SEEN_EVERY_MS) return;
  lastSeenWritten.set(stationId, now);
  // The condition keeps several head-office processes to one write a minute between them.
  await db
    .updateTable('stations')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('id', '=', stationId)
    .where((eb) =>
      eb.or([
        eb('last_seen_at', 'is', null),
        eb('last_seen_at', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .execute();
}
