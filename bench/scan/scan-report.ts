import { percentile } from '../harness/percentiles';
import type { BackendScanTimes } from './backend-scans';
import type { OnlineScanTimes } from './online-scans';
import type { RenderedScanTimes } from './rendered-scans';
import type { ScanBenchSettings } from './scan-settings';

export interface ScanFigures {
  settings: ScanBenchSettings;
  seed: { rows: Record<string, number>; elapsedMs: number };
  onlineLoadMs: number;
  backend: BackendScanTimes;
  online: OnlineScanTimes;
  rendered: RenderedScanTimes | { skipped: string };
  budgetS: number;
}

const ms = (samples: readonly number[]): string =>
  samples.length === 0
    ? 'no samples'
    : `p50 ${percentile(samples, 50).toFixed(2)} ms, p99 ${percentile(samples, 99).toFixed(2)} ms, ` +
      `max ${Math.max(...samples).toFixed(2)} ms (${samples.length} scans)`;

/** The console story behind the metrics. */
export function formatScanReport(f: ScanFigures): string {
  const rows = Object.entries(f.seed.rows)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  const cut = (short: boolean) =>
    short ? ` — CUT SHORT by the ${f.budgetS} s budget (WHARF_BENCH_SCAN_BUDGET_S)` : '';
  const r = f.rendered;
  return [
    `scan: station file seeded in ${(f.seed.elapsedMs / 1000).toFixed(1)} s (${rows}); ` +
      `PostgreSQL loaded the same warehouse in ${(f.onlineLoadMs / 1000).toFixed(1)} s`,
    `  backend: pick.scan on the pick service, ${f.backend.lists} cluster lists of 8 orders, ` +
      `${f.backend.wrong} refused scans, ${f.backend.picks} picks recorded (synchronous=FULL)` +
      cut(f.backend.cutShort),
    `    around the call: ${ms(f.backend.callMs)}`,
    `    tookMs inside the service: ${ms(f.backend.serviceMs)}`,
    'skipped' in r
      ? `  rendered: skipped (${r.skipped})`
      : [
          `  rendered: Chromium, Pick screen, wedge keys 3 ms apart, offline station child process; ` +
            `page ready in ${(r.pageReadyMs / 1000).toFixed(1)} s; ${r.wrong} refused scans` +
            (r.unseen > 0 ? `; ${r.unseen} scans whose banner never changed (not timed)` : '') +
            cut(r.cutShort),
          `    first key → banner: ${ms(r.firstKeyMs)}`,
          `    Enter → banner: ${ms(r.fromEnterMs)}`,
          `    first key → next frame: ${ms(r.frameMs)}`,
        ].join('\n'),
    `  baseline: every scan an HTTP POST over loopback to a head-office route on PostgreSQL ` +
      `(lean floor tables, same rows), ${f.online.lists} lists, ${f.online.wrong} refused: ` +
      ms(f.online.roundTripMs),
  ].join('\n');
}
