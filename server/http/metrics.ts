import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per app, so tests running several apps in a process do not share counters. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'wharf_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    ordersCaptured: new Counter({
      name: 'wharf_orders_captured_total',
      help: 'Orders captured, by channel and resulting status',
      labelNames: ['channel', 'status'] as const,
      registers: [registry],
    }),
    captureRejected: new Counter({
      name: 'wharf_capture_rejected_total',
      help: 'Capture requests refused, by channel and error code',
      labelNames: ['channel', 'code'] as const,
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
