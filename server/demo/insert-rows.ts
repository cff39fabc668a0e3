import type { Insertable, Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';

type Db = Kysely<CentralDatabase> | Transaction<CentralDatabase>;

/**
 * Multi-row INSERTs, a few hundred rows each: one round trip per chunk instead of per row, and
 * well under PostgreSQL's 65,535 bind parameters per statement.
 */
export async function insertRows<T extends keyof CentralDatabase>(
  db: Db,
  table: T,
  rows: readonly Insertable<CentralDatabase[T]>[],
  chunk = 500,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + chunk))
      .execute();
  }
}
