import type { Kysely } from 'kysely';
import type { EnrolmentCodeAnswer, EnrolmentCodeRequest } from '../../shared/api/station-enrolment';
import type { CentralDatabase } from '../db/schema';
import { sha256Hex } from '../http/auth';
import { PipelineError } from '../pipeline/pipeline-error';
import { newEnrolmentCode } from './enrolment-code';

/** A one-time code for one warehouse; only its hash is kept, so it is shown this once. */
export async function issueEnrolmentCode(
  db: Kysely<CentralDatabase>,
  request: EnrolmentCodeRequest,
  createdBy: string,
): Promise<EnrolmentCodeAnswer> {
  const warehouse = await db
    .selectFrom('warehouses')
    .select(['id', 'code'])
    .where('code', '=', request.warehouse)
    .executeTakeFirst();
  if (!warehouse) {
    throw new PipelineError('NOT_FOUND', `There is no warehouse ${request.warehouse}`, [
      { path: 'warehouse', message: `There is no warehouse ${request.warehouse}` },
    ]);
  }
  const code = newEnrolmentCode();
  const expiresAt = new Date(Date.now() + request.validMinutes * 60_000);
  await db
    .insertInto('station_enrolment_codes')
    .values({
      code_hash: sha256Hex(code),
      warehouse_id: warehouse.id,
      created_by: createdBy,
      expires_at: expiresAt,
    })
    .execute();
  return { code, warehouse: warehouse.code, expiresAt: expiresAt.toISOString() };
}
