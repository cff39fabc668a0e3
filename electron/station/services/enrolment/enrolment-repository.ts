import type { Kysely, Transaction } from 'kysely';
import type { EnrolmentState } from '../../../../shared/contract';
import type { StationDatabase } from '../../db/schema';

type Db = Kysely<StationDatabase> | Transaction<StationDatabase>;

/** What the sync engine and the uploader need to talk to the head office. */
export interface HeadOfficeLink {
  headOfficeUrl: string;
  token: string;
  warehouseId: string;
  warehouseCode: string;
  warehouseName: string;
  enrolledAt: string;
}

export async function readLink(db: Db): Promise<HeadOfficeLink | null> {
  const row = await db.selectFrom('station_enrolment').selectAll().executeTakeFirst();
  if (!row) return null;
  return {
    headOfficeUrl: row.head_office_url,
    token: row.station_token,
    warehouseId: row.warehouse_id,
    warehouseCode: row.warehouse_code,
    warehouseName: row.warehouse_name,
    enrolledAt: row.enrolled_at,
  };
}

export async function writeLink(trx: Db, link: HeadOfficeLink): Promise<void> {
  const values = {
    only_row: 1,
    head_office_url: link.headOfficeUrl,
    station_token: link.token,
    warehouse_id: link.warehouseId,
    warehouse_code: link.warehouseCode,
    warehouse_name: link.warehouseName,
    enrolled_at: link.enrolledAt,
  };
  await trx
    .insertInto('station_enrolment')
    .values(values)
    .onConflict((oc) => oc.column('only_row').doUpdateSet(values))
    .execute();
}

/** The public view: never the token. */
export function enrolmentState(link: HeadOfficeLink | null): EnrolmentState {
  if (!link) return { enrolled: false };
  return {
    enrolled: true,
    headOfficeUrl: link.headOfficeUrl,
    warehouseId: link.warehouseId,
    warehouseCode: link.warehouseCode,
    warehouseName: link.warehouseName,
    enrolledAt: link.enrolledAt,
  };
}
