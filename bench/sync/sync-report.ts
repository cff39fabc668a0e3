import { percentile } from '../harness/percentiles';
import type { OutboxFlushTimes } from './outbox-flush';
import type { PropagationTimes } from './propagation';
import type { SyncBenchSettings } from './sync-settings';

export interface SyncFigures {
  settings: SyncBenchSettings;
  /** Starting PostgreSQL and migrating the bench database. */
  setupMs: number;
  buildMs: number;
  initial: { rows: number; elapsedMs: number };
  sqliteBaseline: { rows: number; elapsedMs: number };
  propagation: PropagationTimes;
  notifyMs: number[];
  outbox: OutboxFlushTimes;
  sqlBatch: { rows: number; elapsedMs: number };
  machine: { cores: number; loadBefore: number[]; loadAfter: number[] };
}

export const perSecond = (count: number, ms: number): number => count / (ms / 1000);

const ms = (samples: readonly number[]): string =>
  `p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`;
const rate = (count: number, elapsedMs: number): string =>
  `${perSecond(count, elapsedMs).toFixed(0)}/s (${(elapsedMs / 1000).toFixed(2)} s)`;
const load = (l: readonly number[]): string => l.map((n) => n.toFixed(2)).join(' ');

/** The console story behind the metrics: each figure beside the floor it is measured against. */
export function formatSyncReport(f: SyncFigures): string {
  const { settings, propagation: p, outbox: o } = f;
  return [
    `sync: warehouse of ${settings.bins} bins × ${settings.products} products (${settings.rows} bin_stock rows), ` +
      `built set-based in ${(f.buildMs / 1000).toFixed(1)} s (PostgreSQL up and migrated in ` +
      `${(f.setupMs / 1000).toFixed(1)} s); head office in-process on loopback HTTP, ` +
      `station on a SQLite file (WAL, synchronous=FULL)`,
    `  initial sync, enrol → every shape live: ${f.initial.rows} rows, ${rate(f.initial.rows, f.initial.elapsedMs)}`,
    `    baseline: the same ${f.sqliteBaseline.rows} rows by one prepared INSERT per table in one SQLite ` +
      `transaction: ${rate(f.sqliteBaseline.rows, f.sqliteBaseline.elapsedMs)}`,
    `  propagation of ${p.visibleMs.length} head-office commits (one ledger row each, ~20 ms apart), ` +
      `COMMIT returned → row read back from the station file (read-only connection polled every ~1 ms): ` +
      ms(p.visibleMs),
    p.batchMs.length > 0
      ? `    same commits, COMMIT returned → the sync engine's onBatch for bin_stock: ${ms(p.batchMs)}`
      : '    (no bin_stock onBatch was seen after a commit)',
    p.answerMs.length > 0
      ? `    of which COMMIT returned → the bin_stock long-poll answer reached the station: ${ms(p.answerMs)}`
      : '    (no bin_stock answer was seen after a commit)',
    `    baseline: bare NOTIFY on one connection → LISTENing client on another: ${ms(f.notifyMs)}`,
    `  outbox: ${o.mutations} adjustments recorded offline in ${(o.queueMs / 1000).toFixed(2)} s ` +
      `(${perSecond(o.mutations, o.queueMs).toFixed(0)}/s; the first tenth at ` +
      `${perSecond(o.queueTenth.count, o.queueTenth.firstMs).toFixed(0)}/s, the last tenth at ` +
      `${perSecond(o.queueTenth.count, o.queueTenth.lastMs).toFixed(0)}/s); head office back →`,
    `    all accepted (waiting 0): ${rate(o.mutations, o.acceptedMs)}`,
    `    all confirmed by synced data (overlay dropped): ${rate(o.mutations, o.confirmedMs)}` +
      ' (the shape streams had to reconnect first)',
    `    meanwhile the head office answered ${o.requests.mutations} upload requests and ` +
      `${o.requests.shape} shape requests (${(o.requests.shape / o.mutations).toFixed(1)} per mutation: ` +
      'each commit wakes the polls of the shapes it changed: bin_stock, stock_levels, station_mutations)',
    `    baseline: the same ${f.sqlBatch.rows} ledger rows as one INSERT … SELECT FROM unnest() in one ` +
      `transaction, same triggers: ${rate(f.sqlBatch.rows, f.sqlBatch.elapsedMs)}`,
    `  machine: ${f.machine.cores} cores, load average (1/5/15 min) ${load(f.machine.loadBefore)} before, ` +
      `${load(f.machine.loadAfter)} after`,
  ].join('\n');
}
