import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-types';

export const RESULTS_DIR = fileURLToPath(new URL('../results', import.meta.url));

export function writeResult(result: BenchResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${result.bench}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

/** A plain table: each figure with its baseline on the same line, so they are read together. */
export function formatTable(result: BenchResult): string {
  const header = ['metric', 'value', 'p50', 'p99', 'unit', 'baseline', 'baseline value'];
  const show = (n: number | undefined) => (n === undefined ? '' : String(n));
  const rows = result.metrics.map((m) => [
    m.name,
    show(m.value),
    show(m.p50),
    show(m.p99),
    m.unit,
    m.baseline?.name ?? '',
    show(m.baseline?.value),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [
    `== ${result.bench} (${result.at})`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
