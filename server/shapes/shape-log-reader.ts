import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import type { LogPosition } from './shape-offset';
import { changeFilter, rowKey, snapshotFilter } from './shape-tables';
import type { ShapeDefinition } from './shape-tables';
import { tableSchema } from './shape-schema';

type Value = Record<string, string | null>;

export interface LogChange {
  position: LogPosition;
  key: string;
  operation: 'insert' | 'update' | 'delete';
  value: Value;
  oldValue: Value | null;
}

export interface LogHorizon {
  /**
   * Why offsets are safe with concurrent writers: txids are handed out when a transaction first
   * writes, but transactions commit in any order, so a row of txid 90 can become visible after
   * one of txid 95 was served. We only ever serve rows whose txid is below the xmin of the
   * reading snapshot: every transaction below xmin has committed or aborted, so no row can later
   * appear behind an offset already handed out. A slow transaction only delays the feed.
   */
  xmin: bigint;
  /** Offsets below this txid were compacted away: such a client must refetch. */
  compactedBelow: bigint;
  /** The snapshot itself, for the snapshot-end control message. */
  snapshot: { xmin: string; xmax: string; xip_list: string[] };
}

function inSnapshot<T>(
  db: Kysely<CentralDatabase>,
  work: (trx: Transaction<CentralDatabase>, horizon: LogHorizon) => Promise<T>,
): Promise<T> {
  // REPEATABLE READ: the horizon, the rows and the compaction state come from one snapshot.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const { rows } = await sql<{
        xmin: string;
        xmax: string;
        xip: string[];
        compacted_below: string;
      }>`
        SELECT pg_snapshot_xmin(s)::text AS xmin, pg_snapshot_xmax(s)::text AS xmax,
               ARRAY(SELECT pg_snapshot_xip(s)::text) AS xip,
               (SELECT compacted_below_txid::text FROM shape_log_state) AS compacted_below
          FROM pg_current_snapshot() AS s`.execute(trx);
      const row = rows[0];
      if (!row) throw new Error('pg_current_snapshot() returned no row');
      return work(trx, {
        xmin: BigInt(row.xmin),
        compactedBelow: BigInt(row.compacted_below),
        snapshot: { xmin: row.xmin, xmax: row.xmax, xip_list: row.xip },
      });
    });
}

/** The shape's current rows and the log horizon they are consistent with. */
export function readSnapshot(
  db: Kysely<CentralDatabase>,
  def: ShapeDefinition,
): Promise<{ horizon: LogHorizon; rows: { key: string; value: Value }[] }> {
  return inSnapshot(db, async (trx, horizon) => {
    const schema = await tableSchema(db, def.table);
    const pairs = schema.columns.map((c) => sql`${c}::text, ${sql.ref(c)}::text`);
    const { rows } = await sql<{ value: Value }>`
      SELECT jsonb_build_object(${sql.join(pairs)}) AS value
        FROM ${sql.table(def.table)}
       WHERE ${snapshotFilter(def)}`.execute(trx);
    return {
      horizon,
      rows: rows.map((r) => ({ key: rowKey(def.table, r.value), value: r.value })),
    };
  });
}

/** Where the log stands now, without reading any row (offset=now). */
export function readHorizon(db: Kysely<CentralDatabase>): Promise<LogHorizon> {
  return inSnapshot(db, (_trx, horizon) => Promise.resolve(horizon));
}

/**
 * The shape's changes after `after`, up to the horizon, at most `limit`. `waiting` says whether
 * committed changes of this shape sit beyond the horizon (held back by an older transaction that
 * is still open): no NOTIFY may come when that one ends, so the caller should look again soon.
 */
export function readChanges(
  db: Kysely<CentralDatabase>,
  def: ShapeDefinition,
  after: LogPosition,
  limit: number,
): Promise<{ horizon: LogHorizon; changes: LogChange[]; waiting: boolean }> {
  return inSnapshot(db, async (trx, horizon) => {
    if (after.txid < horizon.compactedBelow) return { horizon, changes: [], waiting: false };
    const { rows } = await sql<{
      id: string;
      txid: string;
      key: string;
      operation: LogChange['operation'];
      value: Value;
      old_value: Value | null;
    }>`
      SELECT id::text, txid::text, key, operation, value, old_value
        FROM shape_changes
       WHERE ${changeFilter(def)}
         AND (txid, id) > (${after.txid.toString()}::bigint, ${after.id.toString()}::bigint)
         AND txid < ${horizon.xmin.toString()}::bigint
       -- Qualified: a bare "txid, id" would name the text columns of the SELECT list and sort
       -- 100 before 99, so a page boundary would skip changes.
       ORDER BY shape_changes.txid, shape_changes.id
       LIMIT ${limit}`.execute(trx);
    const { rows: beyond } = await sql<{ waiting: boolean }>`
      SELECT EXISTS (
        SELECT 1 FROM shape_changes
         WHERE ${changeFilter(def)} AND txid >= ${horizon.xmin.toString()}::bigint
           AND (txid, id) > (${after.txid.toString()}::bigint, ${after.id.toString()}::bigint)
      ) AS waiting`.execute(trx);
    return {
      horizon,
      waiting: beyond[0]?.waiting ?? false,
      changes: rows.map((r) => ({
        position: { txid: BigInt(r.txid), id: BigInt(r.id) },
        key: r.key,
        operation: r.operation,
        value: r.value,
        oldValue: r.old_value,
      })),
    };
  });
}
