import type { Kysely, Transaction } from 'kysely';
import type { ActivityEntry } from '../../../shared/contract';
import type { Clock, IdSource } from '../clock';
import type { StationDatabase } from '../db/schema';

export interface LocalWriteRecord {
  /** What happened, dotted: `settings.changed`, later `scan.accepted`, `print.reprinted`. */
  kind: string;
  /** Who did it: a person's id once people sign in; `station` for the station itself. */
  actor: string;
  /** One line a supervisor can read in the activity list. */
  summary: string;
  detail?: Record<string, unknown>;
}

export type LocalWrite = <T>(
  record: LocalWriteRecord,
  change: (trx: Transaction<StationDatabase>) => Promise<T>,
) => Promise<T>;

/**
 * The station's single path for station-local writes (settings now; the mutation runner and the
 * sync engine join later). The change and its activity entry commit together or not at all,
 * and listeners hear about the entry only after the commit.
 */
export function createLocalWrite(
  db: Kysely<StationDatabase>,
  clock: Clock,
  newId: IdSource,
  onCommitted: (entry: ActivityEntry) => void,
): LocalWrite {
  return async (record, change) => {
    const entry: ActivityEntry = {
      id: newId(),
      at: clock.now(),
      kind: record.kind,
      actor: record.actor,
      summary: record.summary,
    };
    const result = await db.transaction().execute(async (trx) => {
      const value = await change(trx);
      await trx
        .insertInto('activity_log')
        .values({ ...entry, detail: JSON.stringify(record.detail ?? {}) })
        .execute();
      return value;
    });
    onCommitted(entry);
    return result;
  };
}
