import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../server/db/embedded-database';
import { benchId, binCode, fulfilmentLine, fulfilmentStatus, productGtin } from './floor-rows';
import { ONLINE_SCHEMA, onlineSeedSql } from './online-schema';
import { startOnlinePickServer } from './online-pick-route';
import type { OnlineAnswer } from './online-pick-route';
import { scansFor } from './picker-script';
import type { ScanBenchSettings } from './scan-settings';
import { ORDERS_PER_LIST } from './scan-settings';
import { benchWrongLabels } from './station-picker';

export interface OnlineHeadOffice {
  /** Resolves once PostgreSQL holds the bench warehouse. */
  loaded: Promise<{ loadMs: number }>;
  url: string;
  stop(): Promise<void>;
}

/**
 * Embedded PostgreSQL with the lean floor tables, loading the bench warehouse in the
 * background: the seed is sent as one statement string, so it runs while the caller does
 * other (synchronous) work.
 */
export async function startOnlineHeadOffice(s: ScanBenchSettings): Promise<OnlineHeadOffice> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wharf-bench-scan-pg-'));
  const embedded = await startEmbeddedDatabase({ dataDir, ephemeral: true });
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  await client.query(ONLINE_SCHEMA);
  const started = performance.now();
  const loaded = client
    .query(onlineSeedSql(s))
    .then(() => ({ loadMs: performance.now() - started }))
    .then(async (done) => {
      await requireSameRows(client, s);
      return done;
    });
  // Handled by whoever awaits `loaded`; this keeps an early stop() from an unhandled rejection.
  loaded.catch(() => undefined);
  return {
    loaded,
    url: embedded.url,
    async stop() {
      await loaded.catch(() => undefined);
      await client.end();
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The SQL seed must say what floor-rows.ts says, or the baseline is about another warehouse. */
async function requireSameRows(client: pg.Client, s: ScanBenchSettings): Promise<void> {
  const p = s.products - 1;
  const b = Math.floor(s.bins / 3);
  const i = s.fulfilments - 1;
  const line = fulfilmentLine(i, 7, s.products);
  const row = (
    await client.query<{ gtin: string; code: string; product: string; status: string }>(
      `SELECT (SELECT gtin FROM products WHERE id = $1) AS gtin,
              (SELECT code FROM bins WHERE id = $2) AS code,
              (SELECT product_id::text FROM fulfilment_lines WHERE id = $3) AS product,
              (SELECT status FROM fulfilments WHERE id = $4) AS status`,
      [
        benchId('product', p),
        benchId('bin', b),
        benchId('line', line.index),
        benchId('fulfilment', i),
      ],
    )
  ).rows[0];
  const expected = {
    gtin: productGtin(p),
    code: binCode(b),
    product: benchId('product', line.product),
    status: fulfilmentStatus(i, s.fulfilments, s.released),
  };
  if (JSON.stringify(row) !== JSON.stringify(expected)) {
    throw new Error(
      `PostgreSQL holds other rows than the station: ${JSON.stringify(row)} vs ${JSON.stringify(expected)}`,
    );
  }
}

export interface OnlineScanTimes {
  roundTripMs: number[];
  wrong: number;
  lists: number;
}

async function post(url: string, body: unknown): Promise<OnlineAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The online pick route answered ${response.status}`);
  return (await response.json()) as OnlineAnswer;
}

/** The same walk as the station's, every scan an HTTP POST to the head office and back. */
export async function measureOnlineScans(
  databaseUrl: string,
  s: ScanBenchSettings,
  budgetMs: number,
): Promise<OnlineScanTimes> {
  const server = await startOnlinePickServer(databaseUrl);
  const wrongLabels = benchWrongLabels(s);
  const times: OnlineScanTimes = { roundTripMs: [], wrong: 0, lists: 0 };
  const deadline = performance.now() + budgetMs;
  const more = () => times.roundTripMs.length < s.backendScans && performance.now() < deadline;
  let step = 0;
  try {
    // Connections opened and statements planned before timing, as for the station.
    await post(server.url, { waveId: '01900000-0000-7000-8000-000000000000', content: 'warm' });
    while (more()) {
      const started = await server.startList(await server.released(ORDERS_PER_LIST));
      times.lists += 1;
      let next: OnlineAnswer['next'] = started.next;
      while (next && more()) {
        const stop = next;
        for (const plan of scansFor(stop, step, wrongLabels)) {
          const t0 = performance.now();
          const answer = await post(server.url, { waveId: started.waveId, content: plan.content });
          times.roundTripMs.push(performance.now() - t0);
          if ((answer.verdict === 'wrong') !== plan.wrong) {
            throw new Error(
              `The online route answered ${answer.verdict} (${answer.title}) to "${plan.content}"`,
            );
          }
          if (plan.wrong) times.wrong += 1;
          next = answer.next;
        }
        step += 1;
      }
    }
    return times;
  } finally {
    await server.close();
  }
}
