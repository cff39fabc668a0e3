import type BetterSqlite3 from 'better-sqlite3';
import type { SyncedShape } from '../../../shared/contract';
import { MUTATION_EFFECTS } from '../mutations/mutation-effects';
import { confirmDeliveredMutations } from './confirm-mutations';
import { dropOverlaysWhere } from './overlay-tables';
import { COMPARABLE_TXID_SQL, comparableTxid } from './txid';

/** Shapes whose transactions can confirm one of this station's mutations. */
const CONFIRMING_SHAPES: ReadonlySet<SyncedShape> = new Set(
  Object.values(MUTATION_EFFECTS).flatMap((effect) => effect.confirmedBy),
);

/** A transaction id is kept at least this long, in case its mutation's answer is still coming. */
const TXID_KEEP_MS = 60 * 60 * 1000;

export interface ShapeBatchFacts {
  /** The head-office transactions whose changes this batch carried. */
  txids: readonly string[];
  /** This batch ended a fresh snapshot of the shape (first sync or after a must-refetch). */
  snapshotCompleted: boolean;
  now: string;
}

/**
 * The write path's part of applying one synced batch. Called by the sync engine inside the
 * batch's SQLite transaction, so the replica, the outbox and the overlay move together: the
 * floor never sees a change counted twice (synced and still pending) or not at all.
 */
export function afterShapeBatch(
  sqlite: BetterSqlite3.Database,
  shape: SyncedShape,
  batch: ShapeBatchFacts,
): { outboxChanged: boolean; inventoryChanged: boolean } {
  let overlayDropped = false;
  let outboxChanged = false;
  if (CONFIRMING_SHAPES.has(shape)) {
    recordTxids(sqlite, shape, batch.txids, batch.now);
    if (batch.snapshotCompleted) recordSnapshotCoverage(sqlite, shape, batch.now);
  }
  if (shape === 'station_mutations') {
    const applied = applySyncedOutcomes(sqlite, batch.now);
    outboxChanged = applied.changed;
    overlayDropped = applied.overlayDropped;
  }
  if (confirmDeliveredMutations(sqlite, batch.now) > 0) {
    outboxChanged = true;
    overlayDropped = true;
  }
  trimSyncedTxids(sqlite, batch.now);
  return { outboxChanged, inventoryChanged: overlayDropped };
}

function recordTxids(
  sqlite: BetterSqlite3.Database,
  shape: SyncedShape,
  txids: readonly string[],
  now: string,
): void {
  if (txids.length === 0) return;
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO synced_txids (shape, txid, seen_at) VALUES (?, ?, ?)`,
  );
  for (const txid of new Set(txids.map(comparableTxid))) insert.run(shape, txid, now);
}

/**
 * A fresh snapshot carries the rows as they are, not the transactions that made them, so a
 * mutation applied before it began is in it without its txid ever arriving (after a
 * must-refetch the log that held it may be gone). We count such a mutation as delivered by
 * this shape. "Before it began" is approximated by "accepted at or before the batch that
 * completed it" (resolved_at ≤ now, both station clock): the station does not know when the
 * head office took the snapshot. The approximation errs one way only: a mutation accepted
 * while the snapshot was being read may be missing from it, and its count then looks short
 * until the live log delivers that transaction moments later — never counted twice for good.
 */
function recordSnapshotCoverage(
  sqlite: BetterSqlite3.Database,
  shape: SyncedShape,
  now: string,
): void {
  sqlite
    .prepare(
      `INSERT OR IGNORE INTO synced_txids (shape, txid, seen_at)
       SELECT ?, txid, ? FROM outbox
       WHERE state = 'accepted' AND confirmed_at IS NULL AND txid IS NOT NULL
         AND resolved_at <= ?`,
    )
    .run(shape, now, now);
}

/**
 * The head office's record of this station's mutations, synced back: it resolves mutations
 * whose upload answer was lost (or not yet read). Only waiting rows change; an answer the
 * uploader already applied is the same outcome.
 */
function applySyncedOutcomes(
  sqlite: BetterSqlite3.Database,
  now: string,
): { changed: boolean; overlayDropped: boolean } {
  const dropped = dropOverlaysWhere(
    sqlite,
    `SELECT o.id FROM outbox o JOIN synced_station_mutations m ON m.id = o.id
     WHERE o.state = 'waiting' AND m.status = 'rejected'`,
  );
  const changed = sqlite
    .prepare(
      `UPDATE outbox SET
         state = m.status,
         txid = CASE WHEN m.status = 'accepted' THEN ${COMPARABLE_TXID_SQL('m.txid')} END,
         reject_code = CASE WHEN m.status = 'rejected' THEN m.reject_code END,
         reject_message = CASE WHEN m.status = 'rejected' THEN m.reject_message END,
         resolved_at = ?,
         last_error = NULL
       FROM synced_station_mutations AS m
       WHERE m.id = outbox.id AND outbox.state = 'waiting'
         AND m.status IN ('accepted', 'rejected')`,
    )
    .run(now).changes;
  return { changed: changed > 0, overlayDropped: dropped };
}

/**
 * Keeps synced_txids small. A row older than an hour goes unless an accepted, unconfirmed
 * mutation still waits for it, or it was seen after some still-waiting mutation was first sent:
 * that mutation may have been applied with exactly this txid and its answer lost.
 */
function trimSyncedTxids(sqlite: BetterSqlite3.Database, now: string): void {
  const cutoff = new Date(Date.parse(now) - TXID_KEEP_MS).toISOString();
  sqlite
    .prepare(
      `DELETE FROM synced_txids
       WHERE seen_at < ?
         AND seen_at < COALESCE(
               (SELECT MIN(created_at) FROM outbox
                WHERE state = 'waiting' AND last_attempt_at IS NOT NULL), '9999')
         AND txid NOT IN (
               SELECT txid FROM outbox
               WHERE state = 'accepted' AND confirmed_at IS NULL AND txid IS NOT NULL)`,
    )
    .run(cutoff);
}
