import { percentile } from '../harness/percentiles';
import type { LoadResult } from './http-load';
import type { RoundTripCost } from './round-trip';
import { formatPhases } from './time-breakdown';
import type { PhaseTimes } from './time-breakdown';

export interface IngestFigures {
  clients: number;
  run: LoadResult;
  /** Orders of the measured run by the status the pipeline left them in. */
  outcome: { status: string; n: string }[];
  plain: { orders: number; lines: number; elapsedMs: number };
  /** CPU seconds used during the measured run. */
  cpu: { node: number; postgres: number; machine: number };
  cores: number;
  trip: RoundTripCost;
  phases: { alone: PhaseTimes; loaded: PhaseTimes };
}

/** The console story behind the two metrics: the run, its baseline, and where the time went. */
export function formatIngestReport(f: IngestFigures): string {
  const orders = f.run.latenciesMs.length;
  const seconds = f.run.elapsedMs / 1000;
  const cores = (cpuSeconds: number) => (cpuSeconds / seconds).toFixed(2);
  const perOrderMs = (cpuSeconds: number) => (cpuSeconds * 1000) / orders;
  const ownCpuMs = perOrderMs(f.cpu.node + f.cpu.postgres);
  const others = Math.max(0, f.cpu.machine - f.cpu.node - f.cpu.postgres);
  const statements =
    f.phases.alone.statements.reduce((sum, s) => sum + s.calls, 0) / f.phases.alone.orders;
  return [
    `ingest: ${orders} orders, ${f.plain.lines} lines (${(f.plain.lines / orders).toFixed(2)} per order), ` +
      `${f.clients} clients over 5 channels: ${seconds.toFixed(2)} s`,
    `  pipeline ${(orders / seconds).toFixed(0)} orders/s, latency p50 ${percentile(f.run.latenciesMs, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(f.run.latenciesMs, 99).toFixed(1)} ms; ${f.outcome.map((o) => `${o.n} ${o.status}`).join(', ')}`,
    `  baseline: the same ${f.plain.orders} orders + ${f.plain.lines} lines by plain multi-row INSERT, 500 orders ` +
      `per transaction on one connection: ${(f.plain.orders / (f.plain.elapsedMs / 1000)).toFixed(0)} orders/s ` +
      `(${f.plain.elapsedMs.toFixed(0)} ms)`,
    `  CPU during the run: Node (head office and load clients) ${cores(f.cpu.node)} cores, PostgreSQL ` +
      `${cores(f.cpu.postgres)} cores, other processes on this machine ${cores(others)} cores, of ${f.cores}`,
    `  CPU per order: Node ${perOrderMs(f.cpu.node).toFixed(2)} ms + PostgreSQL ${perOrderMs(f.cpu.postgres).toFixed(2)} ms; ` +
      `${f.cores} cores of our own would carry at most ${((f.cores * 1000) / ownCpuMs).toFixed(0)} orders/s`,
    `  one bare round trip (SELECT $1::int) here takes ${f.trip.wallUs.toFixed(0)} µs and costs ` +
      `${f.trip.nodeCpuUs.toFixed(0)} µs Node + ${f.trip.postgresCpuUs.toFixed(0)} µs PostgreSQL CPU; ` +
      `an order makes ${statements.toFixed(0)} round trips`,
    '',
    formatPhases('one order at a time', f.phases.alone),
    '',
    formatPhases(`under load, ${f.clients} clients`, f.phases.loaded),
  ].join('\n');
}
