import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { z } from 'zod';
import { afterShapeBatch } from '../../electron/station/outbox/after-shape-batch';
import { createSyncEngine } from '../../electron/station/sync';
import { msSince } from '../harness/percentiles';
import { allLive } from './bench-station';
import type { BenchWarehouse } from './bench-warehouse';

const SPACING_MS = 20;
const POLL_MS = 1;
const ROW_TIMEOUT_MS = 15_000;
const LIVE_TIMEOUT_MS = 120_000;

export interface PropagationTimes {
  /** COMMIT returned → the row read back from the station file by a second, read-only connection. */
  visibleMs: number[];
  /** COMMIT returned → the sync engine's onBatch for the bin_stock batch that carried it. */
  batchMs: number[];
  /** COMMIT returned → the head office's answer to the bin_stock long-poll reached the station. */
  answerMs: number[];
}

const LinkRow = z.object({ head_office_url: z.string(), station_token: z.string() });
const OnHandRow = z.object({ on_hand: z.number() }).optional();

/**
 * Head-office commits, one ledger row each, timed until the station's replica shows them. The
 * station's own sync engine (with the station's afterBatch) runs on the enrolled station's file,
 * resuming from its stored offsets; the bench opens that file itself because the station proper
 * holds it with an exclusive lock, which would keep the read-only poller out.
 */
export async function measurePropagation(
  stationFile: string,
  databaseUrl: string,
  warehouse: BenchWarehouse,
  commits: number,
): Promise<PropagationTimes> {
  const sqlite = new Database(stationFile, { fileMustExist: true });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  const link = LinkRow.parse(
    sqlite.prepare('SELECT head_office_url, station_token FROM station_enrolment').get(),
  );
  let lastBinStockBatch = 0n;
  let lastBinStockAnswer = 0n;
  // Only to split the time: when the long-poll answer arrived, before the client parsed it.
  const timedFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (String(input instanceof Request ? input.url : input).includes('table=bin_stock')) {
      lastBinStockAnswer = process.hrtime.bigint();
    }
    return response;
  };
  let live!: () => void;
  let notLive!: (error: Error) => void;
  const isLive = new Promise<void>((resolve, reject) => {
    live = resolve;
    notLive = reject;
  });
  const liveTimer = setTimeout(
    () => notLive(new Error(`The sync engine was not live within ${LIVE_TIMEOUT_MS} ms`)),
    LIVE_TIMEOUT_MS,
  );
  const engine = createSyncEngine({
    sqlite,
    headOfficeUrl: link.head_office_url,
    token: link.station_token,
    afterBatch: afterShapeBatch,
    fetchClient: timedFetch,
    onStatus: (status) => {
      if (allLive(status)) live();
    },
    onBatch: (shape, outcome) => {
      if (shape === 'bin_stock' && outcome.rowsChanged) {
        lastBinStockBatch = process.hrtime.bigint();
      }
    },
  });
  const reader = new Database(stationFile, { readonly: true, fileMustExist: true });
  const onHand = reader.prepare(
    'SELECT on_hand FROM synced_bin_stock WHERE bin_id = ? AND product_id = ?',
  );
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  engine.start();
  try {
    await isLive;
    clearTimeout(liveTimer);
    const times: PropagationTimes = { visibleMs: [], batchMs: [], answerMs: [] };
    for (let i = 0; i < commits; i += 1) {
      const binId = warehouse.binIds[(i * 7_919) % warehouse.binIds.length] as string;
      const productId = warehouse.productIds[i % warehouse.productIds.length] as string;
      const before = OnHandRow.parse(onHand.get(binId, productId))?.on_hand;
      if (before === undefined) throw new Error(`The replica lacks bin ${binId} × ${productId}`);
      await client.query(
        `INSERT INTO stock_movements (id, warehouse_id, bin_id, product_id, quantity, reason, actor)
         VALUES (gen_random_uuid(), $1, $2, $3, 1, 'adjustment', 'bench')`,
        [warehouse.id, binId, productId],
      );
      const committed = process.hrtime.bigint();
      for (;;) {
        if (OnHandRow.parse(onHand.get(binId, productId))?.on_hand === before + 1) break;
        if (msSince(committed) > ROW_TIMEOUT_MS) {
          throw new Error(`Commit ${i} did not reach the station within ${ROW_TIMEOUT_MS} ms`);
        }
        await sleep(POLL_MS);
      }
      times.visibleMs.push(msSince(committed));
      if (lastBinStockBatch > committed) {
        times.batchMs.push(Number(lastBinStockBatch - committed) / 1e6);
      }
      if (lastBinStockAnswer > committed) {
        times.answerMs.push(Number(lastBinStockAnswer - committed) / 1e6);
      }
      await sleep(SPACING_MS);
    }
    return times;
  } finally {
    clearTimeout(liveTimer);
    engine.stop();
    await client.end();
    reader.close();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
  }
}
