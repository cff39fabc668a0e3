import { isChangeMessage, isControlMessage } from '@electric-sql/client';
import type { ChangeMessage, Message, Row } from '@electric-sql/client';
import type BetterSqlite3 from 'better-sqlite3';
import type { ShapeSyncStatus } from '../../../shared/contract';
import { replicaValues } from './replica-values';
import type { ShapeDefinition } from './shape-definitions';
import { writeStoredShape } from './sync-shapes-store';
import type { ShapePosition } from './sync-shapes-store';

export interface BatchOutcome {
  status: ShapeSyncStatus;
  refetched: boolean;
}

/**
 * Applies one batch from the stream and records the position after it in the same transaction,
 * so after a crash the replica and the offset it resumes from always agree. The feed may resend a
 * row it already sent (a snapshot overlapping the log), so inserts are upserts.
 */
export function applyShapeBatch(
  sqlite: BetterSqlite3.Database,
  definition: ShapeDefinition,
  messages: readonly Message<Row>[],
  position: ShapePosition | null,
  previous: ShapeSyncStatus,
  now: string,
): BatchOutcome {
  const apply = sqlite.transaction((): BatchOutcome => {
    let refetched = false;
    let upToDate = false;
    for (const message of messages) {
      if (isChangeMessage(message)) {
        applyChange(sqlite, definition, message);
      } else if (isControlMessage(message)) {
        if (message.headers.control === 'must-refetch') {
          // The old handle is gone; a fresh snapshot follows and must not meet stale rows.
          sqlite.prepare(`DELETE FROM ${definition.table}`).run();
          refetched = true;
          upToDate = false;
        } else if (message.headers.control === 'up-to-date') {
          upToDate = true;
        }
      }
    }
    const status: ShapeSyncStatus = upToDate
      ? { ...previous, state: 'live', lastUpToDateAt: now, lastError: null }
      : { ...previous, state: refetched ? 'initial-sync' : previous.state };
    // After must-refetch the client sits at offset -1 of a new handle: nothing worth resuming.
    writeStoredShape(sqlite, status, refetched ? null : position);
    return { status, refetched };
  });
  return apply();
}

function applyChange(
  sqlite: BetterSqlite3.Database,
  definition: ShapeDefinition,
  message: ChangeMessage<Row>,
): void {
  const { columns, values } = replicaValues(definition, message.value);
  const keyValues = definition.primaryKey.map((column) => {
    const index = columns.indexOf(column);
    if (index < 0) {
      throw new Error(`${definition.shape} change without key column ${column}: ${message.key}`);
    }
    return values[index] ?? null;
  });
  const where = definition.primaryKey.map((column) => `${column} = ?`).join(' AND ');
  switch (message.headers.operation) {
    case 'insert': {
      upsert(sqlite, definition, columns, values);
      return;
    }
    case 'update': {
      const changed = columns.filter((column) => !definition.primaryKey.includes(column));
      if (changed.length === 0) return;
      const set = changed.map((column) => `${column} = ?`).join(', ');
      const changedValues = changed.map((column) => values[columns.indexOf(column)] ?? null);
      const result = sqlite
        .prepare(`UPDATE ${definition.table} SET ${set} WHERE ${where}`)
        .run(...changedValues, ...keyValues);
      // A full row for a key we lack (e.g. replica=full) is still worth keeping.
      if (result.changes === 0 && columns.length === definition.columns.length) {
        upsert(sqlite, definition, columns, values);
      }
      return;
    }
    case 'delete': {
      sqlite.prepare(`DELETE FROM ${definition.table} WHERE ${where}`).run(...keyValues);
      return;
    }
  }
}

function upsert(
  sqlite: BetterSqlite3.Database,
  definition: ShapeDefinition,
  columns: readonly string[],
  values: readonly (string | number | bigint | null)[],
): void {
  const others = columns.filter((column) => !definition.primaryKey.includes(column));
  const onConflict =
    others.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${others.map((column) => `${column} = excluded.${column}`).join(', ')}`;
  sqlite
    .prepare(
      `INSERT INTO ${definition.table} (${columns.join(', ')})
       VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (${definition.primaryKey.join(', ')}) ${onConflict}`,
    )
    .run(...values);
}
