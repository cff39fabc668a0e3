import type BetterSqlite3 from 'better-sqlite3';
import { MutationRejectCodeSchema } from '../../../../shared/mutations';
import type { OutboxEntry, OutboxQuery } from '../../../../shared/contract';

interface OutboxRow {
  id: string;
  seq: number;
  kind: string;
  description: string;
  person_name: string;
  created_at: string;
  state: OutboxEntry['state'];
  confirmed_at: string | null;
  attempts: number;
  last_error: string | null;
  reject_code: string | null;
  reject_message: string | null;
  resolved_at: string | null;
}

/** This station's changes, newest first. */
export function listOutboxEntries(
  sqlite: BetterSqlite3.Database,
  query: OutboxQuery,
): OutboxEntry[] {
  const rows = sqlite
    .prepare<unknown[], OutboxRow>(
      `SELECT id, seq, kind, description, person_name, created_at, state, confirmed_at, attempts,
              last_error, reject_code, reject_message, resolved_at
       FROM outbox ${query.state ? 'WHERE state = ?' : ''}
       ORDER BY seq DESC LIMIT ?`,
    )
    .all(...(query.state ? [query.state] : []), query.limit);
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    description: row.description,
    personName: row.person_name,
    createdAt: row.created_at,
    state: row.state,
    confirmed: row.confirmed_at !== null,
    attempts: row.attempts,
    lastError: row.last_error,
    rejection:
      row.state === 'rejected'
        ? {
            // A code a newer head office invented still reads as a refusal.
            code: MutationRejectCodeSchema.catch('INVALID').parse(row.reject_code),
            message: row.reject_message ?? '',
          }
        : null,
    resolvedAt: row.resolved_at,
  }));
}
