import type BetterSqlite3 from 'better-sqlite3';
import type { MutationOutcome } from '../../../shared/mutations';
import type { OutboxCounts } from '../../../shared/contract';
import { prepareOverlayDrop } from './overlay-tables';
import { comparableTxid } from './txid';

/** A waiting outbox row as the uploader sends it. */
export interface WaitingMutation {
  id: string;
  kind: string;
  payload: string;
  person_id: string;
  created_at: string;
}

export function readWaitingBatch(sqlite: BetterSqlite3.Database, limit: number): WaitingMutation[] {
  return sqlite
    .prepare<[number], WaitingMutation>(
      `SELECT id, kind, payload, person_id, created_at FROM outbox
       WHERE state = 'waiting' ORDER BY seq LIMIT ?`,
    )
    .all(limit);
}

export function hasWaiting(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare(`SELECT 1 FROM outbox WHERE state = 'waiting' LIMIT 1`).get() !== undefined;
}

/** Set before the request: from now on the head office may hold these (see synced_txids trim). */
export function markSent(sqlite: BetterSqlite3.Database, ids: readonly string[], at: string): void {
  const mark = sqlite.prepare(
    `UPDATE outbox SET last_attempt_at = ? WHERE id = ? AND state = 'waiting'`,
  );
  sqlite.transaction(() => {
    for (const id of ids) mark.run(at, id);
  })();
}

export function recordUploadFailure(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[],
  message: string,
): void {
  const fail = sqlite.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'waiting'`,
  );
  sqlite.transaction(() => {
    for (const id of ids) fail.run(message, id);
  })();
}

/**
 * Applies the head office's answer to one batch, all of it or none. Only waiting rows change: a
 * row the synced outcomes already resolved keeps what it has (the head office gives the same
 * answer twice). Returns whether any overlay rows were dropped (a rejection).
 */
export function applyOutcomes(
  sqlite: BetterSqlite3.Database,
  outcomes: readonly MutationOutcome[],
  now: string,
): { overlayDropped: boolean } {
  const accept = sqlite.prepare(
    `UPDATE outbox SET state = 'accepted', txid = ?, resolved_at = ?, attempts = attempts + 1,
       last_error = NULL
     WHERE id = ? AND state = 'waiting'`,
  );
  const reject = sqlite.prepare(
    `UPDATE outbox SET state = 'rejected', reject_code = ?, reject_message = ?, resolved_at = ?,
       attempts = attempts + 1, last_error = NULL
     WHERE id = ? AND state = 'waiting'`,
  );
  const dropOverlay = prepareOverlayDrop(sqlite);
  return sqlite.transaction(() => {
    let overlayDropped = false;
    for (const outcome of outcomes) {
      if (outcome.status === 'accepted') {
        accept.run(comparableTxid(outcome.txid), now, outcome.id);
      } else if (reject.run(outcome.code, outcome.message, now, outcome.id).changes > 0) {
        overlayDropped = dropOverlay(outcome.id) || overlayDropped;
      }
    }
    return { overlayDropped };
  })();
}

export function readOutboxCounts(sqlite: BetterSqlite3.Database): OutboxCounts {
  const row = sqlite
    .prepare<[], { waiting: number | null; rejected: number | null; unconfirmed: number | null }>(
      // One count per partial index, so the answer stays quick however long the history grows.
      `SELECT
         (SELECT COUNT(*) FROM outbox WHERE state = 'waiting') AS waiting,
         (SELECT COUNT(*) FROM outbox WHERE state = 'rejected') AS rejected,
         (SELECT COUNT(*) FROM outbox
          WHERE state = 'accepted' AND confirmed_at IS NULL) AS unconfirmed`,
    )
    .get();
  return {
    waiting: row?.waiting ?? 0,
    rejected: row?.rejected ?? 0,
    unconfirmed: row?.unconfirmed ?? 0,
  };
}
