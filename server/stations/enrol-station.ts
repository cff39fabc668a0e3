import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { EnrolAnswer, EnrolRequest } from '../../shared/api/station-enrolment';
import type { CentralDatabase } from '../db/schema';
import { sha256Hex } from '../http/auth';
import { PipelineError } from '../pipeline/pipeline-error';

/**
 * Trades a one-time code for a station token. The code is consumed by a single conditional
 * UPDATE, so two stations racing with one code cannot both win. Enrolling a station id again
 * (a reinstalled till, a move to another warehouse) replaces its token and clears a revocation.
 */
export async function enrolStation(
  db: Kysely<CentralDatabase>,
  request: EnrolRequest,
): Promise<EnrolAnswer> {
  const token = randomBytes(32).toString('base64url');
  return db.transaction().execute(async (trx) => {
    const code = await trx
      .updateTable('station_enrolment_codes')
      .set({ used_at: new Date() })
      .where('code_hash', '=', sha256Hex(request.code))
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .returning(['code_hash', 'warehouse_id'])
      .executeTakeFirst();
    if (!code) {
      // Unknown, used and expired look the same: the answer tells a guesser nothing.
      throw new PipelineError(
        'UNAUTHENTICATED',
        'That enrolment code is not valid: it may be mistyped, already used or expired. Ask a manager for a new code.',
      );
    }
    const warehouse = await trx
      .selectFrom('warehouses')
      .select(['id', 'code', 'name'])
      .where('id', '=', code.warehouse_id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('stations')
      .values({
        id: request.stationId,
        warehouse_id: warehouse.id,
        name: request.stationName,
        token_hash: sha256Hex(token),
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          warehouse_id: warehouse.id,
          name: request.stationName,
          token_hash: sha256Hex(token),
          enrolled_at: new Date(),
          revoked_at: null,
        }),
      )
      .execute();
    await trx
      .updateTable('station_enrolment_codes')
      .set({ station_id: request.stationId })
      .where('code_hash', '=', code.code_hash)
      .execute();
    return { stationToken: token, stationId: request.stationId, warehouse };
  });
}
