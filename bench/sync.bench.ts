import type { Kysely } from 'kysely';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../electron/station/db/open-database';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { connectCentral } from '../server/db/connect';
import { ledgerDiscrepancies } from '../server/db/ledger-check';
import type { CentralDatabase } from '../server/db/schema';
import type { Bench, Metric } from './harness/bench-types';
import { msSince, percentile, round } from './harness/percentiles';
import { startBenchServer } from './ingest/bench-database';
import { startBenchHeadOffice } from './sync/bench-head-office';
import { buildBenchWarehouse } from './sync/bench-warehouse';
import { measureInitialSync } from './sync/initial-sync';
import { measureNotifyRoundTrip } from './sync/notify-roundtrip';
import { oneSqlBatchBaseline } from './sync/one-sql-batch-baseline';
import { measureOutboxFlush } from './sync/outbox-flush';
import { measurePropagation } from './sync/propagation';
import { countRows, readReplicaRows, rowsOf } from './sync/replica-rows';
import { sqliteInsertBaseline } from './sync/sqlite-insert-baseline';
import { formatSyncReport, perSecond } from './sync/sync-report';
import type { SyncFigures } from './sync/sync-report';
import { readSyncBenchSettings } from './sync/sync-settings';

const BADGE = 'BENCH-BADGE-0001';

/** Figures from a database that no longer adds up would be figures about a bug. */
async function requireConsistentLedger(db: Kysely<CentralDatabase>, when: string): Promise<void> {
  const problems = await ledgerDiscrepancies(db);
  if (problems.length > 0) {
    throw new Error(`The ledger does not add up ${when}:\n${problems.slice(0, 10).join('\n')}`);
  }
}

function metrics(f: SyncFigures): Metric[] {
  const p50 = (s: readonly number[]) => round(percentile(s, 50));
  const p99 = (s: readonly number[]) => round(percentile(s, 99));
  const sqliteRate = round(perSecond(f.sqliteBaseline.rows, f.sqliteBaseline.elapsedMs), 1);
  const batchRate = round(perSecond(f.sqlBatch.rows, f.sqlBatch.elapsedMs), 1);
  return [
    {
      name: 'initial_sync_rows_per_s',
      unit: 'rows/s',
      value: round(perSecond(f.initial.rows, f.initial.elapsedMs), 1),
      baseline: { name: 'sqlite_insert_rows_per_s', value: sqliteRate },
    },
    {
      name: 'initial_sync_s',
      unit: 's',
      value: round(f.initial.elapsedMs / 1000),
      baseline: { name: 'sqlite_insert_s', value: round(f.sqliteBaseline.elapsedMs / 1000) },
    },
    {
      name: 'propagation_ms',
      unit: 'ms',
      value: p50(f.propagation.visibleMs),
      p50: p50(f.propagation.visibleMs),
      p99: p99(f.propagation.visibleMs),
      baseline: { name: 'notify_roundtrip_ms', value: p50(f.notifyMs) },
    },
    {
      name: 'notify_roundtrip_ms',
      unit: 'ms',
      value: p50(f.notifyMs),
      p50: p50(f.notifyMs),
      p99: p99(f.notifyMs),
    },
    {
      name: 'outbox_flush_per_s',
      unit: 'mutations/s',
      value: round(perSecond(f.outbox.mutations, f.outbox.acceptedMs), 1),
      baseline: { name: 'one_sql_batch_per_s', value: batchRate },
    },
    {
      name: 'outbox_confirmed_per_s',
      unit: 'mutations/s',
      value: round(perSecond(f.outbox.mutations, f.outbox.confirmedMs), 1),
      baseline: { name: 'one_sql_batch_per_s', value: batchRate },
    },
  ];
}

const sync: Bench = {
  name: 'sync',
  description:
    'station sync against the in-process head office: initial sync of 200,000 bin_stock rows, ' +
    'propagation of 200 commits, outbox flush of 10,000 offline adjustments (WHARF_BENCH_SYNC_ROWS, ' +
    '_COMMITS, _MUTATIONS shrink it); baselines: direct SQLite insert, bare NOTIFY, one SQL batch',
  async run(): Promise<Metric[]> {
    const settings = readSyncBenchSettings();
    const loadBefore = loadavg();
    const started = process.hrtime.bigint();
    const server = await startBenchServer();
    const temp = makeTempDir('wharf-bench-sync-');
    const stationDir = join(temp.dir, 'station');
    try {
      const url = await server.createDatabase('wharf_sync');
      const setupMs = msSince(started);
      const central = connectCentral(url, 10);
      try {
        const building = process.hrtime.bigint();
        const warehouse = await buildBenchWarehouse(central.db, settings);
        const buildMs = msSince(building);
        await requireConsistentLedger(central.db, 'after building the warehouse');
        const headOffice = await startBenchHeadOffice(central.db, url);
        try {
          await headOffice.addPicker('Bench Picker', BADGE);
          const notifyMs = await measureNotifyRoundTrip(url, settings.commits);

          const initialSync = await measureInitialSync(headOffice, warehouse.code, stationDir);
          const tables = readReplicaRows(join(stationDir, DATABASE_FILE_NAME));
          const binStock = rowsOf(tables, 'synced_bin_stock');
          if (binStock !== settings.rows) {
            throw new Error(`The station synced ${binStock} bin_stock rows, not ${settings.rows}`);
          }
          const initial = { rows: countRows(tables), elapsedMs: initialSync.elapsedMs };
          const sqliteBaseline = await sqliteInsertBaseline(tables, join(temp.dir, 'baseline'));

          const propagation = await measurePropagation(
            join(stationDir, DATABASE_FILE_NAME),
            url,
            warehouse,
            settings.commits,
          );
          const outbox = await measureOutboxFlush({
            db: central.db,
            headOffice,
            warehouse,
            dataDir: stationDir,
            badge: BADGE,
            mutations: settings.mutations,
          });
          const sqlBatch = await oneSqlBatchBaseline(central.db, warehouse.id);
          await requireConsistentLedger(central.db, 'at the end of the run');

          const figures: SyncFigures = {
            settings,
            setupMs,
            buildMs,
            initial,
            sqliteBaseline,
            propagation,
            notifyMs,
            outbox,
            sqlBatch,
            machine: { cores: availableParallelism(), loadBefore, loadAfter: loadavg() },
          };
          console.log(formatSyncReport(figures));
          return metrics(figures);
        } finally {
          await headOffice.stop();
        }
      } finally {
        await central.close();
      }
    } finally {
      temp.remove();
      await server.stop();
    }
  },
};

export default sync;
