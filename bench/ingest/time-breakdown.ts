import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../server/http/app';
import type { CentralDatabase } from '../../server/db/schema';
import type { BenchOrder } from './bench-orders';
import { runLoad } from './http-load';
import type { LoadResult } from './http-load';
import { QueryTimings, timedPool } from './timed-pool';

export interface PhaseTimes {
  orders: number;
  load: LoadResult;
  /** Sum over requests of Fastify's time from request received to response sent. */
  serverMs: number;
  sqlMs: number;
  poolWaitMs: number;
  statements: { kind: string; calls: number; totalMs: number }[];
}

/**
 * Where an order's time goes, measured on a second head-office instance over the same database
 * whose pool times every statement (BEGIN and COMMIT included) and whose Fastify reports its
 * own time per request. Run once with one client (an order alone: no queueing) and once with
 * the full concurrency (lock waits and CPU contention show up as longer statements).
 */
export async function measurePhases(
  url: string,
  secretKey: Buffer,
  runs: { alone: readonly BenchOrder[]; loaded: readonly BenchOrder[]; clients: number },
): Promise<{ alone: PhaseTimes; loaded: PhaseTimes }> {
  const timings = new QueryTimings();
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const db = new Kysely<CentralDatabase>({
    dialect: new PostgresDialect({ pool: timedPool(pool, timings) }),
  });
  const app = await buildApp({ db, secretKey, logLevel: 'warn' });
  let serverMs = 0;
  app.addHook('onResponse', async (_request, reply) => {
    serverMs += reply.elapsedTime;
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const measure = async (orders: readonly BenchOrder[], clients: number): Promise<PhaseTimes> => {
    timings.reset();
    serverMs = 0;
    const load = await runLoad(base, orders, clients);
    return {
      orders: orders.length,
      load,
      serverMs,
      sqlMs: timings.totalMs,
      poolWaitMs: timings.poolWaitMs,
      statements: [...timings.byStatement]
        .map(([kind, t]) => ({ kind, ...t }))
        .sort((a, b) => b.totalMs - a.totalMs),
    };
  };
  try {
    const alone = await measure(runs.alone, 1);
    const loaded = await measure(runs.loaded, runs.clients);
    return { alone, loaded };
  } finally {
    await app.close();
    await db.destroy();
  }
}

const f = (n: number, digits = 2) => n.toFixed(digits);

/** The breakdown as a person reads it: per order, the biggest costs first. */
export function formatPhases(title: string, p: PhaseTimes): string {
  const per = (ms: number) => ms / p.orders;
  const client = p.load.latenciesMs.reduce((s, v) => s + v, 0);
  const commit = p.statements.find((s) => s.kind === 'commit')?.totalMs ?? 0;
  const calls = p.statements.reduce((s, v) => s + v.calls, 0);
  const rows = p.statements.slice(0, 12).map((s) => {
    const share = p.sqlMs === 0 ? 0 : (100 * s.totalMs) / p.sqlMs;
    return `    ${s.kind.padEnd(36)} ${f(s.calls / p.orders, 1).padStart(5)}×  ${f(s.totalMs / s.calls, 3).padStart(7)} ms  ${f(share, 0).padStart(3)}%`;
  });
  return [
    `${title} (${p.orders} orders), mean per order:`,
    `  client round trip ${f(per(client))} ms = HTTP + load client ${f(per(client - p.serverMs))} ms + head office ${f(per(p.serverMs))} ms`,
    `  head office ${f(per(p.serverMs))} ms = SQL ${f(per(p.sqlMs))} ms (${f(calls / p.orders, 1)} statements, COMMIT ${f(per(commit))} ms) + pool wait ${f(per(p.poolWaitMs))} ms + JS and event-loop queueing ${f(per(p.serverMs - p.sqlMs - p.poolWaitMs))} ms`,
    '  statements by time spent (calls per order, mean, share of SQL time):',
    ...rows,
  ].join('\n');
}
