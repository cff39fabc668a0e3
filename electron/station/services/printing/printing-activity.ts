import type BetterSqlite3 from 'better-sqlite3';
import type { ActivityEntry } from '../../../../shared/contract';
import type { Clock, IdSource } from '../../clock';

export interface PrintingActivity {
  kind: string;
  actor: string;
  summary: string;
  detail?: Record<string, unknown>;
}

/**
 * Writes an activity entry in the caller's better-sqlite3 transaction. The spool writes
 * synchronously, so its changes and their log entry commit together without an await between
 * them that another write could slip into.
 */
export function createActivityRecorder(deps: {
  sqlite: BetterSqlite3.Database;
  clock: Clock;
  newId: IdSource;
}) {
  const insert = deps.sqlite.prepare(
    'INSERT INTO activity_log (id, at, kind, actor, summary, detail) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return (record: PrintingActivity): ActivityEntry => {
    const entry: ActivityEntry = {
      id: deps.newId(),
      at: deps.clock.now(),
      kind: record.kind,
      actor: record.actor,
      summary: record.summary,
    };
    insert.run(
      entry.id,
      entry.at,
      entry.kind,
      entry.actor,
      entry.summary,
      JSON.stringify(record.detail ?? {}),
    );
    return entry;
  };
}
