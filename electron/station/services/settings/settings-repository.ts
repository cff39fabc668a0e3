import type { Kysely, Transaction } from 'kysely';
import type { StationDatabase } from '../../db/schema';

type Db = Kysely<StationDatabase> | Transaction<StationDatabase>;

export interface StoredSetting {
  value: unknown;
  updatedAt: string;
}

export async function readSettings(db: Db): Promise<Map<string, StoredSetting>> {
  const rows = await db.selectFrom('settings').select(['key', 'value', 'updated_at']).execute();
  return new Map(
    rows.map((row) => [
      row.key,
      { value: JSON.parse(row.value) as unknown, updatedAt: row.updated_at },
    ]),
  );
}

export async function writeSetting(db: Db, key: string, value: unknown, at: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at }),
    )
    .execute();
}
