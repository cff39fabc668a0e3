import { availableParallelism } from 'node:os';
import { connectCentral } from '../server/db/connect';
import { SeededRandom } from '../server/demo/seeded-random';
import { buildApp } from '../server/http/app';
import type { Bench, Metric } from './harness/bench-types';
import { percentile, round } from './harness/percentiles';
import { benchCatalogue } from './ingest/bench-catalogue';
import { startBenchServer } from './ingest/bench-database';
import { benchOrders } from './ingest/bench-orders';
import { machineCpuSeconds, nodeCpuSeconds, postgresCpuSeconds } from './ingest/cpu-usage';
import { runLoad } from './ingest/http-load';
import type { LoadResult } from './ingest/http-load';
import { plainInsertBaseline } from './ingest/plain-insert-baseline';
import { measureRoundTrip } from './ingest/round-trip';
import { measurePhases } from './ingest/time-breakdown';
import { formatIngestReport } from './ingest/ingest-report';

const CLIENTS = 16;
const ORDERS = Number(process.env.WHARF_BENCH_INGEST_ORDERS ?? 4_000);
const WARM_UP = 400;
const PROFILED_LOADED = 1_000;
const PROFILED_ALONE = 200;

function requireAllCreated(what: string, load: LoadResult): void {
  const created = load.statuses.get(201) ?? 0;
  if (created !== load.latenciesMs.length) {
    const statuses = [...load.statuses].map(([s, n]) => `${n}×${s}`).join(', ');
    throw new Error(
      `${what}: expected every order created (201), got ${statuses}\n${load.errors.join('\n')}`,
    );
  }
}

const ingest: Bench = {
  name: 'ingest',
  description: `order capture over HTTP (1–5 lines, validated, reserved, allocated) from ${CLIENTS} clients, ${ORDERS} orders after ${WARM_UP} warm-up; baseline: the same rows by plain multi-row INSERT`,
  async run(): Promise<Metric[]> {
    if (!Number.isInteger(ORDERS) || ORDERS < 100) {
      throw new Error('WHARF_BENCH_INGEST_ORDERS must be a whole number of at least 100');
    }
    const server = await startBenchServer();
    try {
      const url = await server.createDatabase('wharf_ingest');
      const baselineUrl = await server.createDatabase('wharf_baseline');
      const central = connectCentral(url, 20);
      const baseline = connectCentral(baselineUrl, 2);
      try {
        const rng = new SeededRandom(4_000);
        const { secretKey, channels, products } = await benchCatalogue(
          rng,
          central.db,
          baseline.db,
        );
        const make = (count: number, prefix: string) =>
          benchOrders(rng, products, channels, count, prefix);
        const warmUp = make(WARM_UP, 'warm');
        const measured = make(ORDERS, 'run');
        const alone = make(PROFILED_ALONE, 'alone');
        const loaded = make(PROFILED_LOADED, 'loaded');

        const app = await buildApp({ db: central.db, secretKey, logLevel: 'warn' });
        let run: LoadResult;
        let cpu: { node: number; postgres: number; machine: number };
        try {
          const base = await app.listen({ host: '127.0.0.1', port: 0 });
          requireAllCreated('warm-up', await runLoad(base, warmUp, CLIENTS));
          const before = {
            node: nodeCpuSeconds(),
            pg: postgresCpuSeconds(server.pgDir),
            all: machineCpuSeconds(),
          };
          run = await runLoad(base, measured, CLIENTS);
          cpu = {
            node: nodeCpuSeconds() - before.node,
            postgres: postgresCpuSeconds(server.pgDir) - before.pg,
            machine: machineCpuSeconds() - before.all,
          };
          requireAllCreated('measured run', run);
        } finally {
          await app.close();
        }
        const outcome = await central.db
          .selectFrom('orders')
          .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
          .where('external_id', 'like', 'run-%')
          .groupBy('status')
          .execute();
        const phases = await measurePhases(url, secretKey, { alone, loaded, clients: CLIENTS });
        const plain = await plainInsertBaseline(central.db, baseline.db, 'run');
        const trip = await measureRoundTrip(url, server.pgDir);

        console.log(
          formatIngestReport({
            clients: CLIENTS,
            run,
            outcome,
            plain,
            cpu,
            cores: availableParallelism(),
            trip,
            phases,
          }),
        );
        const ordersPerSecond = ORDERS / (run.elapsedMs / 1000);
        const plainPerSecond = plain.orders / (plain.elapsedMs / 1000);
        const p50 = percentile(run.latenciesMs, 50);
        const p99 = percentile(run.latenciesMs, 99);
        return [
          {
            name: 'orders_per_s',
            unit: 'orders/s',
            value: round(ordersPerSecond, 1),
            baseline: {
              name: 'plain_multirow_insert_orders_per_s',
              value: round(plainPerSecond, 1),
            },
          },
          {
            name: 'order_latency_ms',
            unit: 'ms',
            value: round(p50),
            p50: round(p50),
            p99: round(p99),
          },
        ];
      } finally {
        await central.close();
        await baseline.close();
      }
    } finally {
      await server.stop();
    }
  },
};

export default ingest;
