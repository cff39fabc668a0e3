import { makeTempDir } from '../electron/station/testing/temp-station';
import type { Bench, Metric } from './harness/bench-types';
import { percentile, round } from './harness/percentiles';
import { measurePrinting } from './print/print-measurements';

/** WHARF_BENCH_PRINT_JOBS: how many labels the throughput run spools at once (default 1000). */
function readJobs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.WHARF_BENCH_PRINT_JOBS;
  const value = raw === undefined || raw.trim() === '' ? 1000 : Number(raw);
  if (!Number.isInteger(value) || value < 10 || value > 100_000) {
    throw new Error(
      `WHARF_BENCH_PRINT_JOBS must be 10 to 100000 labels, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

const print: Bench = {
  name: 'print',
  description:
    '4×6 ZPL label built with renderZpl, spooled in the station SQLite file and sent over TCP ' +
    'to a loopback port-9100 capture printer, beside the same bytes written straight to the ' +
    'socket (WHARF_BENCH_PRINT_JOBS sets the throughput run, default 1000)',
  async run(): Promise<Metric[]> {
    const temp = makeTempDir('wharf-bench-print-');
    try {
      const f = await measurePrinting(temp.dir, { samples: 300, warmup: 30, jobs: readJobs() });
      const latency = (name: string, samples: number[]) => ({
        name,
        unit: 'ms',
        value: round(percentile(samples, 50)),
        p50: round(percentile(samples, 50)),
        p99: round(percentile(samples, 99)),
      });
      const raw = latency('raw_socket_send_ms', f.rawSendMs);
      const spoolRate = round(f.spool.jobs / f.spool.seconds, 1);
      const rawRate = round(f.raw.jobs / f.raw.seconds, 1);
      return [
        {
          ...latency('label_to_printer_ms', f.labelToPrinterMs),
          baseline: { name: 'raw_socket_send_ms (p50)', value: raw.value },
        },
        { ...raw },
        {
          name: 'spool_jobs_per_s',
          unit: 'jobs/s',
          value: spoolRate,
          baseline: { name: 'raw_socket_jobs_per_s', value: rawRate },
        },
        { name: 'raw_socket_jobs_per_s', unit: 'jobs/s', value: rawRate },
        { name: 'label_bytes', unit: 'bytes', value: f.labelBytes },
        { name: 'label_to_printer_samples', unit: 'labels', value: f.labelToPrinterMs.length },
        { name: 'throughput_jobs', unit: 'labels', value: f.spool.jobs },
      ];
    } finally {
      temp.remove();
    }
  },
};

export default print;
