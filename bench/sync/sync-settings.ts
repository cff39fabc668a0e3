/** Products per warehouse; the row count decides the number of bins. */
export const BENCH_PRODUCTS = 100;

export interface SyncBenchSettings {
  /** bin_stock rows of the bench warehouse (bins × products). */
  rows: number;
  bins: number;
  products: number;
  /** Head-office commits timed for propagation. */
  commits: number;
  /** Stock adjustments queued at the offline station. */
  mutations: number;
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  range: { min: number; max: number },
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new Error(
      `${name} must be a whole number from ${range.min} to ${range.max}, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** Full size by default; WHARF_BENCH_SYNC_ROWS / _COMMITS / _MUTATIONS shrink it for a quick run. */
export function readSyncBenchSettings(env: NodeJS.ProcessEnv = process.env): SyncBenchSettings {
  const rows = wholeNumber(env, 'WHARF_BENCH_SYNC_ROWS', 200_000, { min: 1_000, max: 2_000_000 });
  if (rows % BENCH_PRODUCTS !== 0) {
    throw new Error(
      `WHARF_BENCH_SYNC_ROWS must be a multiple of ${BENCH_PRODUCTS} (bins × ${BENCH_PRODUCTS} products), not ${rows}`,
    );
  }
  const commits = wholeNumber(env, 'WHARF_BENCH_SYNC_COMMITS', 200, { min: 20, max: 10_000 });
  const mutations = wholeNumber(env, 'WHARF_BENCH_SYNC_MUTATIONS', 10_000, {
    min: 100,
    max: rows,
  });
  return { rows, bins: rows / BENCH_PRODUCTS, products: BENCH_PRODUCTS, commits, mutations };
}
