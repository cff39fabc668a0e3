/** The size of the scan bench, at full scale the figures issue 5 asks for. */
export interface ScanBenchSettings {
  scale: number;
  bins: number;
  products: number;
  /** Every fulfilment has LINES_PER_FULFILMENT lines. */
  fulfilments: number;
  lines: number;
  /** Released fulfilments still to pick; the rest are packed or shipped (and fully picked). */
  released: number;
  /** Pick scans timed in the station backend, and in the online baseline. */
  backendScans: number;
  /** Wedge scans timed in Chromium. */
  renderedScans: number;
}

export const LINES_PER_FULFILMENT = 10;
/** Orders per cluster pick list, one tote each. */
export const ORDERS_PER_LIST = 8;

const FULL = { bins: 20_000, products: 20_000, fulfilments: 100_000 };

/** WHARF_BENCH_SCALE (0.01..1, default 1) shrinks the data, not the number of scans, much. */
export function readScanBenchSettings(env: NodeJS.ProcessEnv = process.env): ScanBenchSettings {
  const raw = env.WHARF_BENCH_SCALE;
  const scale = raw === undefined || raw.trim() === '' ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale < 0.01 || scale > 1) {
    throw new Error(
      `WHARF_BENCH_SCALE must be a number from 0.01 to 1, not ${JSON.stringify(raw)}`,
    );
  }
  const fulfilments = Math.round(FULL.fulfilments * scale);
  return {
    scale,
    bins: Math.round(FULL.bins * scale),
    products: Math.round(FULL.products * scale),
    fulfilments,
    lines: fulfilments * LINES_PER_FULFILMENT,
    // 2 % released: enough open orders for every pick list the bench starts, at any scale.
    released: Math.max(Math.round(fulfilments * 0.02), 4 * ORDERS_PER_LIST * 4),
    backendScans: scale < 1 ? 500 : 2_000,
    renderedScans: scale < 1 ? 60 : 200,
  };
}
