import type BetterSqlite3 from 'better-sqlite3';
import { isMutationKind } from '../../../shared/mutations';
import { MUTATION_EFFECTS } from '../mutations/mutation-effects';
import { prepareOverlayDrop } from './overlay-tables';

interface UnconfirmedRow {
  id: string;
  kind: string;
  txid: string;
}

/**
 * Drops the overlay of every accepted mutation whose transaction every shape it touches has
 * delivered (per synced_txids), and marks it confirmed. Runs after each synced batch and after
 * each upload answer: the synced change often arrives before the answer does.
 * Returns how many mutations were confirmed.
 */
export function confirmDeliveredMutations(sqlite: BetterSqlite3.Database, now: string): number {
  const rows = sqlite
    .prepare<[], UnconfirmedRow>(
      `SELECT id, kind, txid FROM outbox
       WHERE state = 'accepted' AND confirmed_at IS NULL AND txid IS NOT NULL`,
    )
    .all();
  if (rows.length === 0) return 0;
  const seen = sqlite.prepare<[string, string], { found: number }>(
    `SELECT 1 AS found FROM synced_txids WHERE shape = ? AND txid = ?`,
  );
  const dropOverlay = prepareOverlayDrop(sqlite);
  const confirm = sqlite.prepare(`UPDATE outbox SET confirmed_at = ? WHERE id = ?`);
  let confirmed = 0;
  for (const row of rows) {
    // A kind this build no longer knows has no overlay to wait for.
    const shapes = isMutationKind(row.kind) ? MUTATION_EFFECTS[row.kind].confirmedBy : [];
    if (shapes.every((shape) => seen.get(shape, row.txid) !== undefined)) {
      dropOverlay(row.id);
      confirm.run(now, row.id);
      confirmed += 1;
    }
  }
  return confirmed;
}
