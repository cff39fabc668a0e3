import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { OutboxCountsSchema, SessionSchema } from '../../shared/contract';
import type { OutboxCounts } from '../../shared/contract';
import type { Station } from '../../electron/station/station';
import type { CentralDatabase } from '../../server/db/schema';
import { openTempStation } from '../../electron/station/testing/temp-station';
import { msSince } from '../harness/percentiles';
import type { BenchHeadOffice } from './bench-head-office';
import { requestsByRoute } from './head-office-requests';
import { call, outboxCounts, waitForOutbox, waitUntilLive } from './bench-station';
import type { BenchWarehouse } from './bench-warehouse';

/** How long the station may go without any sync or outbox news before the bench gives up. */
const IDLE_LIMIT_MS = 120_000;

export interface OutboxFlushTimes {
  mutations: number;
  /** Recording them at the station (optimistic effect + outbox row each) while offline. */
  queueMs: number;
  /** The first and the last tenth of the recording: does it slow as the outbox grows? */
  queueTenth: { count: number; firstMs: number; lastMs: number };
  /** Head office listening again → outbox waiting = 0 (every mutation accepted). */
  acceptedMs: number;
  /** Head office listening again → no accepted mutation left unconfirmed (overlay dropped). */
  confirmedMs: number;
  /** What the head office answered from its restart to the last confirmation, by route. */
  requests: { mutations: number; shape: number };
}

const AdjustAnswer = z.object({ mutationId: z.uuid() });

/**
 * The enrolled station reopened, a picker signed in, the head office stopped, N stock
 * adjustments recorded offline (one per bin × product), then the head office started again on
 * the same port and the outbox timed until accepted and until confirmed by the synced data.
 * "Retry now" is pressed when the head office is back, so the uploader's back-off timer (a
 * random wait of up to its cap) is not what gets measured.
 */
export async function measureOutboxFlush(options: {
  db: Kysely<CentralDatabase>;
  headOffice: BenchHeadOffice;
  warehouse: BenchWarehouse;
  dataDir: string;
  badge: string;
  mutations: number;
}): Promise<OutboxFlushTimes> {
  const { headOffice, warehouse, mutations } = options;
  const station = await openTempStation(options.dataDir, {
    sync: { retryBaseMs: 100, retryCapMs: 1_000 },
  });
  let stopProgress = (): void => undefined;
  try {
    await waitUntilLive(station, IDLE_LIMIT_MS);
    await call(station, 'session.signIn', { method: 'badge', badge: options.badge }, SessionSchema);

    await headOffice.stop();
    const bins = warehouse.binIds.length;
    const tenth = Math.floor(mutations / 10);
    const queueStarted = process.hrtime.bigint();
    let firstTenthMs = 0;
    let lastTenthStarted = queueStarted;
    for (let i = 0; i < mutations; i += 1) {
      if (i === tenth) firstTenthMs = msSince(queueStarted);
      if (i === mutations - tenth) lastTenthStarted = process.hrtime.bigint();
      await call(
        station,
        'inventory.adjust',
        {
          binId: warehouse.binIds[i % bins],
          productId: warehouse.productIds[Math.floor(i / bins)],
          delta: 1,
          reason: 'found',
        },
        AdjustAnswer,
      );
    }
    const queueMs = msSince(queueStarted);
    const queueTenth = { count: tenth, firstMs: firstTenthMs, lastMs: msSince(lastTenthStarted) };
    const queued = await outboxCounts(station);
    if (queued.waiting !== mutations) {
      throw new Error(`Expected ${mutations} changes waiting offline, found ${queued.waiting}`);
    }

    await headOffice.start();
    const back = process.hrtime.bigint();
    stopProgress = printFlushProgress(station, mutations, back);
    await call(station, 'outbox.retryNow', {}, z.null());
    const accepted = await waitForOutbox(
      station,
      (c) => c.waiting === 0 || c.rejected > 0,
      IDLE_LIMIT_MS,
    );
    const acceptedMs = msSince(back);
    if (accepted.rejected > 0) {
      throw new Error(`${accepted.rejected} of the queued adjustments were rejected`);
    }
    await waitForOutbox(station, (c) => c.unconfirmed === 0, IDLE_LIMIT_MS);
    const confirmedMs = msSince(back);
    const routes = await requestsByRoute(headOffice.url);

    const ledger = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM stock_movements m
        JOIN station_mutations s ON s.id = m.mutation_id AND s.status = 'accepted'
       WHERE m.warehouse_id = ${warehouse.id}::uuid`.execute(options.db);
    if (Number(ledger.rows[0]?.n) !== mutations) {
      throw new Error(
        `The head office ledger holds ${ledger.rows[0]?.n ?? 0} station adjustments, not ${mutations}`,
      );
    }
    return {
      mutations,
      queueMs,
      queueTenth,
      acceptedMs,
      confirmedMs,
      requests: {
        mutations: routes.get('/v1/mutations') ?? 0,
        shape: routes.get('/v1/shape') ?? 0,
      },
    };
  } finally {
    stopProgress();
    await station.close();
  }
}

const PROGRESS_EVERY_MS = 15_000;

/** A flush of thousands takes minutes: say how far it got now and then. */
function printFlushProgress(station: Station, mutations: number, since: bigint): () => void {
  let latest: OutboxCounts | null = null;
  const unsubscribe = station.subscribe('outbox.changed', (payload) => {
    latest = OutboxCountsSchema.parse(payload);
  });
  const ticker = setInterval(() => {
    if (!latest) return;
    console.log(
      `  … ${(msSince(since) / 1000).toFixed(0)} s: ${mutations - latest.waiting} of ${mutations} ` +
        `accepted, ${latest.unconfirmed} of them not yet confirmed`,
    );
  }, PROGRESS_EVERY_MS);
  return () => {
    clearInterval(ticker);
    unsubscribe();
  };
}
