import type { ScanEvent } from '../../shared/scanning/scan-event';
import type { Session } from '../../shared/contract';
import { systemClock, uuidV7 } from '../../electron/station/clock';
import { createMutationRunner } from '../../electron/station/mutations/run-mutation';
import { createFloorServices } from '../../electron/station/services/floor/floor-services';
import { openTempDatabase } from '../../electron/station/testing/temp-database';
import { PICKER_ID, WAREHOUSE_ID } from './floor-rows';
import { scansFor } from './picker-script';
import type { ScanBenchSettings } from './scan-settings';
import { benchWrongLabels, clusterInput, nextStopOf } from './station-picker';

/** The station id of the in-process backend run (the browser run's station makes its own). */
export const BENCH_STATION_ID = '01900c30-0000-7000-8000-000000000001';
/** Scans before timing starts (statements prepared, pages in the cache), if they are quick. */
const WARM_UP = 20;
const WARM_UP_MS = 1_000;

export interface BackendScanTimes {
  /** Whether the time budget ran out before the scan count was reached. */
  cutShort: boolean;
  /** Around each `pick.scan` call, as its caller waits. */
  callMs: number[];
  /** `tookMs` of each answer, measured inside the service. */
  serviceMs: number[];
  wrong: number;
  lists: number;
  picks: number;
}

/**
 * Pick scans against the real pick service over the seeded station file: cluster lists of the
 * oldest released orders, walked bin, item, item … as a picker fires them, some scans wrong.
 */
export async function measureBackendScans(
  dataDir: string,
  s: ScanBenchSettings,
  budgetMs: number,
): Promise<BackendScanTimes> {
  const opened = openTempDatabase(dataDir, systemClock);
  const session: Session = {
    personId: PICKER_ID,
    name: 'Bench Picker',
    role: 'picker',
    signedInAt: systemClock.now(),
    method: 'badge',
  };
  const runner = createMutationRunner({
    db: opened.db,
    localWrite: opened.localWrite,
    clock: systemClock,
    newId: uuidV7,
    getSession: () => session,
    getWarehouseId: () => WAREHOUSE_ID,
    stationId: BENCH_STATION_ID,
    onRecorded: () => undefined,
  });
  const floor = createFloorServices({
    sqlite: opened.sqlite,
    runner,
    clock: systemClock,
    newId: uuidV7,
    stationId: BENCH_STATION_ID,
    getWarehouseId: () => WAREHOUSE_ID,
  });
  const wrongLabels = benchWrongLabels(s);
  const times: BackendScanTimes = {
    cutShort: false,
    callMs: [],
    serviceMs: [],
    wrong: 0,
    lists: 0,
    picks: 0,
  };
  let fired = 0;
  let step = 0;
  const begun = performance.now();
  const deadline = begun + budgetMs;
  // A slow station must still give a figure: stop at the scan count or the time budget.
  const more = () => times.callMs.length < s.backendScans && performance.now() < deadline;
  try {
    while (more()) {
      const candidates = floor.pick.candidates().map((c) => c.fulfilmentId);
      const { waveId } = await floor.pick.start(clusterInput(candidates, times.lists));
      times.lists += 1;
      let next = nextStopOf(floor.pick.state(waveId));
      while (next && more()) {
        const stop = next;
        for (const plan of scansFor(stop, step, wrongLabels)) {
          const scan: ScanEvent = {
            content: plan.content,
            aim: null,
            source: 'wedge',
            device: '',
            at: systemClock.now(),
          };
          const started = performance.now();
          const answer = await floor.pick.scan(waveId, scan);
          const callMs = performance.now() - started;
          const refused = answer.feedback.verdict === 'wrong';
          if (refused !== plan.wrong) {
            throw new Error(
              `"${plan.content}" was answered ${answer.feedback.verdict} (${answer.feedback.title}: ` +
                `${answer.feedback.detail}); the bench expected it ${plan.wrong ? 'refused' : 'taken'}`,
            );
          }
          fired += 1;
          if (fired > WARM_UP || performance.now() - begun > WARM_UP_MS) {
            times.callMs.push(callMs);
            times.serviceMs.push(answer.tookMs);
            if (refused) times.wrong += 1;
            if (!refused && stop.expecting === 'item') times.picks += 1;
          }
          next = nextStopOf(answer.state);
        }
        step += 1;
      }
    }
    times.cutShort = times.callMs.length < s.backendScans;
    return times;
  } finally {
    await opened.close();
  }
}
