import { join } from 'node:path';
import { makeTempDir } from '../electron/station/testing/temp-station';
import type { Bench, Metric } from './harness/bench-types';
import { percentile, round } from './harness/percentiles';
import { measureBackendScans } from './scan/backend-scans';
import { measureOnlineScans, startOnlineHeadOffice } from './scan/online-scans';
import { measureRenderedScans } from './scan/rendered-scans';
import { formatScanReport } from './scan/scan-report';
import type { ScanFigures } from './scan/scan-report';
import { readScanBenchSettings } from './scan/scan-settings';
import { seedStation } from './scan/seed-station';

/** Each timed phase stops at its scan count or after this long, so a slow build still reports. */
function readBudgetSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.WHARF_BENCH_SCAN_BUDGET_S;
  const value = raw === undefined || raw.trim() === '' ? 60 : Number(raw);
  if (!Number.isFinite(value) || value < 5 || value > 3_600) {
    throw new Error(
      `WHARF_BENCH_SCAN_BUDGET_S must be 5 to 3600 seconds, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function latency(
  name: string,
  samples: readonly number[],
  baseline?: { name: string; value: number },
): Metric[] {
  if (samples.length === 0) return [];
  const p50 = round(percentile(samples, 50));
  return [
    {
      name,
      unit: 'ms',
      value: p50,
      p50,
      p99: round(percentile(samples, 99)),
      ...(baseline ? { baseline } : {}),
    },
    { name: `${name}_samples`, unit: 'scans', value: samples.length },
  ];
}

function metrics(f: ScanFigures): Metric[] {
  const online = {
    name: 'online_roundtrip_ms',
    value: round(percentile(f.online.roundTripMs, 50)),
  };
  const rendered = 'skipped' in f.rendered ? [] : f.rendered.firstKeyMs;
  return [
    ...latency('scan_backend_ms', f.backend.callMs, online),
    ...latency('scan_backend_service_ms', f.backend.serviceMs, online),
    ...latency('scan_rendered_ms', rendered, online),
    ...latency('online_roundtrip_ms', f.online.roundTripMs),
  ];
}

const scan: Bench = {
  name: 'scan',
  description:
    'pick scan → feedback with 100,000 fulfilments / 1,000,000 lines in the station file: in the ' +
    'station backend and rendered in Chromium (Pick screen, wedge keystrokes), beside the same ' +
    'check as an online round trip to a head office on PostgreSQL (WHARF_BENCH_SCALE shrinks it, ' +
    'WHARF_BENCH_SCAN_BUDGET_S caps each phase, WHARF_BENCH_SCAN_BROWSER=off skips Chromium)',
  async run(): Promise<Metric[]> {
    const settings = readScanBenchSettings();
    const budgetS = readBudgetSeconds();
    // PostgreSQL loads its copy on the other core while this one writes the station file.
    const headOffice = await startOnlineHeadOffice(settings);
    const temp = makeTempDir('wharf-bench-scan-');
    const dataDir = join(temp.dir, 'station');
    try {
      const seed = seedStation(dataDir, settings);
      const { loadMs } = await headOffice.loaded;
      const backend = await measureBackendScans(dataDir, settings, budgetS * 1000);
      const online = await measureOnlineScans(headOffice.url, settings, budgetS * 1000);
      const rendered =
        process.env.WHARF_BENCH_SCAN_BROWSER === 'off'
          ? { skipped: 'WHARF_BENCH_SCAN_BROWSER=off' }
          : await measureRenderedScans(dataDir, settings, budgetS * 1000);
      const figures: ScanFigures = {
        settings,
        seed,
        onlineLoadMs: loadMs,
        backend,
        online,
        rendered,
        budgetS,
      };
      console.log(formatScanReport(figures));
      return metrics(figures);
    } finally {
      temp.remove();
      await headOffice.stop();
    }
  },
};

export default scan;
