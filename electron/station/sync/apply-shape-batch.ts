import { isChangeMessage, isControlMessage } from '@electric-sql/client';
import type { ChangeMessage, Message, Row } from '@electric-sql/client';
import type BetterSqlite3 from 'better-sqlite3';
import type { ShapeSyncStatus, SyncedShape } from '../../../shared/contract';
import { replicaValues } from './replica-values';
import type { ShapeDefinition } from './shape-definitions';
import { writeStoredShape } from './sync-shapes-store';
import type { ShapePosition } from './sync-shapes-store';

/** One batch as seen by the write path, which runs inside the batch's transaction. */
export interface AfterBatchInput {
  /** Head-office transaction ids of the batch's changes, as decimal strings. */
  txids: readonly string[];
  /** This batch completed a fresh snapshot (from offset -1 or after a must-refetch). */
  snapshotCompleted: boolean;
  now: string;
}

export interface AfterBatchEffect {
  outboxChanged: boolean;
  inventoryChanged: boolean;
}

/** Work that must commit with the batch (e.g. the outbox learning its changes arrived). */
export type AfterBatch = (
  sqlite: BetterSqlite3.Database,
  shape: SyncedShape,
  batch: AfterBatchInput,
) => AfterBatchEffect;

export interface BatchOptions {
  /** The shape is filling from scratch: the next up-to-date completes a snapshot. */
  snapshotPending?: boolean;
  afterBatch?: AfterBatch | undefined;
}

export interface BatchOutcome extends AfterBatchEffect {
  status: ShapeSyncStatus;
  refetched: boolean;
  /** True when a fresh snapshot is still being filled after this batch. */
  snapshotPending: boolean;
  /** Whether any replica row was written or removed. */
  rowsChanged: boolean;
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
  options: BatchOptions = {},
): BatchOutcome {
  const apply = sqlite.transaction((): BatchOutcome => {
    let refetched = false;
    let upToDate = false;
    let rowsChanged = false;
    let snapshotPending = options.snapshotPending ?? false;
    let snapshotCompleted = false;
    const txids = new Set<string>();
    for (const message of messages) {
      if (isChangeMessage(message)) {
        applyChange(sqlite, definition, message);
        rowsChanged = true;
        for (const txid of message.headers.txids ?? []) txids.add(String(txid));
      } else if (isControlMessage(message)) {
        if (message.headers.control === 'must-refetch') {
          // The old handle is gone; a fresh snapshot follows and must not meet stale rows.
          sqlite.prepare(`DELETE FROM ${definition.table}`).run();
          refetched = true;
          rowsChanged = true;
          upToDate = false;
          snapshotPending = true;
        } else if (message.headers.control === 'up-to-date') {
          upToDate = true;
          if (snapshotPending) snapshotCompleted = true;
          snapshotPending = false;
        }
      }
    }
    const effect = options.afterBatch?.(sqlite, definition.shape, {
      txids: [...txids],
      snapshotCompleted,
      now,
    }) ?? { outboxChanged: false, inventoryChanged: false };
    const status: ShapeSyncStatus = upToDate
      ? { ...previous, state: 'live', lastUpToDateAt: now, lastError: null }
      : refetched
        ? // Cleared: the replica no longer matches, and a restart must know a snapshot is pending.
          { ...previous, state: 'initial-sync' as const, lastUpToDateAt: null }
        : previous;
    // After must-refetch the client sits at offset -1 of a new handle: nothing worth resuming.
    writeStoredShape(sqlite, status, refetched ? null : position);
    return { status, refetched, snapshotPending, rowsChanged, ...effect };
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
