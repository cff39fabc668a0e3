import type { Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';

/**
 * Runs `work` in one transaction: a new one, or the caller's when it already is one (a webhook
 * that records its delivery and cancels the order together), so nothing is half-applied.
 */
export function inTransaction<T>(
  db: Kysely<CentralDatabase>,
  work: (trx: Transaction<CentralDatabase>) => Promise<T>,
): Promise<T> {
  // isTransaction is Kysely's own answer; a getter cannot narrow the type, so we cast on its word.
  if (db.isTransaction) return work(db as Transaction<CentralDatabase>);
  return db.transaction().execute(work);
}
