/** One measured figure, shaped as bench/results/*.json stores it. */
export interface Metric {
  name: string;
  unit: string;
  value: number;
  p50?: number;
  p99?: number;
  /** The same work done the way a user would otherwise do it, or its physical floor, same run. */
  baseline?: { name: string; value: number };
}

export interface BenchResult {
  bench: string;
  at: string;
  metrics: Metric[];
}

export interface Bench {
  name: string;
  description: string;
  run(): Promise<Metric[]>;
}
