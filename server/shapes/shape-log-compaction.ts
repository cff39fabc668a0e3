import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';

/**
 * Drops log rows older than the retention window and raises the horizon below which offsets are
 * refused with must-refetch. The cut is a transaction boundary no later than the snapshot's xmin,
 * so it never splits a transaction and never passes one still writing.
 */
export async function compactShapeLog(
  db: Kysely<CentralDatabase>,
  retentionMs: number,
): Promise<{ deleted: number; compactedBelow: bigint }> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ cutoff: string }>`
      SELECT least(
               coalesce(
                 (SELECT min(txid) FROM shape_changes
                   WHERE created_at >= now() - make_interval(secs => ${retentionMs / 1000})),
                 pg_snapshot_xmin(pg_current_snapshot())::text::bigint),
               pg_snapshot_xmin(pg_current_snapshot())::text::bigint)::text AS cutoff`.execute(trx);
    const cutoff = rows[0]?.cutoff ?? '0';
    const deleted = await sql`DELETE FROM shape_changes WHERE txid < ${cutoff}::bigint`.execute(
      trx,
    );
    const { rows: state } = await sql<{ compacted_below: string }>`
      UPDATE shape_log_state
         SET compacted_below_txid = greatest(compacted_below_txid, ${cutoff}::bigint)
      RETURNING compacted_below_txid::text AS compacted_below`.execute(trx);
    return {
      deleted: Number(deleted.numAffectedRows ?? 0n),
      compactedBelow: BigInt(state[0]?.compacted_below ?? cutoff),
    };
  });
}

/** Compacts every `intervalMs`; stop() ends it. A failed run is reported and retried next time. */
export function scheduleShapeLogCompaction(
  db: Kysely<CentralDatabase>,
  options: { intervalMs: number; retentionMs: number; onError: (error: unknown) => void },
): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    compactShapeLog(db, options.retentionMs)
      .catch(options.onError)
      .finally(() => {
        running = false;
      });
  }, options.intervalMs);
  // The schedule alone must not keep the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
