import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { replayParkedTrackerUpdates } from './replay-parked-updates';
import { raiseStaleParcelAlerts } from './stale-parcel-alerts';

export interface TrackingJobLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

export interface TrackingJobs {
  /** Stops the timer and waits for a sweep under way to finish. */
  stop(): Promise<void>;
}

/**
 * Every `everyMs`: replays parked tracker updates whose shipment has arrived, then raises stale
 * alerts. A sweep that fails is logged and tried again next time; sweeps never overlap.
 */
export function startTrackingJobs(
  db: Kysely<CentralDatabase>,
  options: { everyMs: number; staleAfterHours?: number; log: TrackingJobLog },
): TrackingJobs {
  let running: Promise<void> | undefined;
  let stopped = false;
  const sweep = async () => {
    try {
      const replayed = await replayParkedTrackerUpdates(db);
      const swept = await raiseStaleParcelAlerts(db, {
        now: new Date(),
        ...(options.staleAfterHours === undefined
          ? {}
          : { staleAfterHours: options.staleAfterHours }),
      });
      if (replayed > 0 || swept.raised.length > 0 || swept.resolved > 0) {
        options.log.info(
          { replayed, staleRaised: swept.raised.length, staleResolved: swept.resolved },
          'tracking sweep',
        );
      }
    } catch (error) {
      options.log.error({ err: error }, 'tracking sweep failed; trying again next interval');
    }
  };
  const tick = () => {
    if (stopped || running) return;
    running = sweep().finally(() => {
      running = undefined;
    });
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
