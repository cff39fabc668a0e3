import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type {
  PickCandidate,
  PickScanAnswer,
  PickStartInput,
  PickState,
  WaveSummary,
} from '../../../../shared/contract';
import { splitOverLines } from '../../../../shared/domain/picking/batch-stops';
import { decidePickScan, nextScanHint } from '../../../../shared/domain/picking/pick-scan-rules';
import type { ShortPickReason } from '../../../../shared/mutations';
import { PickStartInputSchema } from '../../../../shared/contract';
import type { ScanEvent, ScanFeedback } from '../../../../shared/scanning/scan-event';
import type { Clock } from '../../clock';
import type { MutationRunner } from '../../mutations/run-mutation';
import type { ScanResolver } from '../scan/resolve-scan';
import { afterPickFeedback } from './pick-feedback';
import { createPickRepository } from './pick-repository';
import { stationTag } from '../floor/floor-names';
import type { RefusalLog } from '../floor/refusal-log';
import { readWave } from './pick-state';
import { recordShortPick } from './short-pick';
import type { WaveSnapshot } from './pick-state';

export interface PickServiceDeps {
  sqlite: BetterSqlite3.Database;
  runner: MutationRunner;
  logRefusal: RefusalLog;
  resolver: ScanResolver;
  clock: Clock;
  stationId: string;
  getWarehouseId: () => string | null;
  /** Names of people, for wave summaries. */
  personName: (personId: string) => string;
  stationName: (stationId: string) => string;
}

/**
 * Picking at this station: pick lists from released orders, and every scan decided against the
 * replica and recorded as a mutation, online or not. Calls run one at a time, so a scan always
 * sees the one before it.
 */
export function createPickService(deps: PickServiceDeps) {
  const repo = createPickRepository(deps.sqlite);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const context = () => {
    const warehouseId = deps.getWarehouseId();
    if (!warehouseId) {
      throw new WharfError('UNAVAILABLE', 'Enrol this station with a head office before picking.');
    }
    return { warehouseId, stationId: deps.stationId };
  };
  const snapshot = (waveId: string): WaveSnapshot => readWave(repo, waveId, context());

  /** The answer to a call; the time is taken last, so it covers everything done for it. */
  function answer(
    waveId: string,
    feedback: ScanFeedback,
    started: number,
    known?: PickState,
  ): PickScanAnswer {
    const state = known ?? snapshot(waveId).state;
    return { feedback, tookMs: performance.now() - started, state };
  }

  async function record(
    waveId: string,
    snap: WaveSnapshot,
    units: number,
    fields: {
      lot: string | null;
      expiry: string | null;
      serial: string | null;
    },
  ): Promise<{ feedback: ScanFeedback; state?: PickState }> {
    const task = snap.currentTask;
    if (!task?.bin) throw new Error('record() needs a stop with a bin');
    const { warehouseId } = context();
    // A batch stop serves several orders: the units go to the earliest orders first, one pick
    // per order line, so the head office can check each line's need on its own.
    try {
      for (const part of splitOverLines(task, units)) {
        await deps.runner.run('pick.record', {
          warehouseId,
          waveId,
          fulfilmentId: part.line.fulfilmentId,
          fulfilmentLineId: part.line.fulfilmentLineId,
          productId: task.product.id,
          binId: task.bin.id,
          quantity: part.units,
          tote: task.tote,
          ...fields,
        });
      }
    } catch (error) {
      if (error instanceof WharfError) {
        return { feedback: { verdict: 'wrong', title: 'Not recorded', detail: error.message } };
      }
      throw error;
    }
    repo.saveCursor({
      waveId,
      taskKey: task.key,
      binId: task.bin.id,
      lot: null,
      expiry: null,
      waitingUnits: null,
      at: deps.clock.now(),
    });
    const state = snapshot(waveId).state;
    return { feedback: afterPickFeedback(units, task.product.sku, state), state };
  }

  return {
    candidates(): PickCandidate[] {
      return repo.candidates(context().warehouseId);
    },

    start(raw: PickStartInput): Promise<{ waveId: string }> {
      return serial(async () => {
        const input = PickStartInputSchema.parse(raw);
        const { warehouseId } = context();
        const totes = input.totes;
        const fulfilments = input.fulfilmentIds.map((fulfilmentId, i) => ({
          fulfilmentId,
          tote: input.kind === 'batch' ? (totes[0] ?? null) : (totes[i] ?? null),
        }));
        const tag = stationTag(deps.stationId);
        const number = `W-${tag}-${repo.waveCount(deps.stationId) + 1}`;
        const { mutationId } = await deps.runner.run('wave.start', {
          warehouseId,
          number,
          kind: input.kind,
          fulfilments,
        });
        return { waveId: mutationId };
      });
    },

    waves(): WaveSummary[] {
      return repo
        .stationWaveIds(deps.stationId)
        .map((id) => snapshot(id))
        .filter((snap) => !snap.state.done)
        .map((snap) => summary(snap));
    },

    state: (waveId: string) => snapshot(waveId).state,

    scan(waveId: string, scan: ScanEvent): Promise<PickScanAnswer> {
      const started = performance.now();
      return serial(async () => {
        const snap = snapshot(waveId);
        const stop = snap.stop;
        if (!stop || !snap.currentTask) {
          return answer(
            waveId,
            {
              verdict: 'done',
              title: 'Pick list complete',
              detail: 'Nothing left to pick in this list.',
            },
            started,
          );
        }
        const now = deps.clock.now();
        const refuse = (feedback: ScanFeedback) =>
          deps.logRefusal({
            screen: 'pick',
            waveId,
            fulfilmentId: snap.currentTask?.fulfilmentId ?? null,
            scan,
            feedback,
          });
        const meaning = deps.resolver.resolve(scan, new Date(now));
        const decision = decidePickScan(stop, snap.cursor, meaning, scan.content, now.slice(0, 10));
        const taskKey = snap.currentTask.key;
        switch (decision.kind) {
          case 'confirm-bin': {
            repo.saveCursor({
              waveId,
              taskKey,
              binId: stop.binId,
              lot: null,
              expiry: null,
              waitingUnits: null,
              at: now,
            });
            const next = snapshot(waveId);
            return {
              feedback: {
                verdict: 'right',
                title: `Bin ${stop.binCode}`,
                detail: nextScanHint(stop, next.cursor),
              },
              tookMs: performance.now() - started,
              state: next.state,
            };
          }
          case 'wait':
            repo.saveCursor({
              waveId,
              taskKey,
              binId: stop.binId,
              lot: decision.lot,
              expiry: decision.expiry,
              waitingUnits: decision.units,
              at: now,
            });
            return answer(
              waveId,
              {
                verdict: 'info',
                title: `Scan the ${decision.expecting}`,
                detail: `${stop.sku} needs its ${decision.expecting} number: scan it from the label.`,
              },
              started,
            );
          case 'record': {
            const recorded = await record(waveId, snap, decision.units, {
              lot: decision.lot,
              expiry: decision.expiry,
              serial: decision.serial,
            });
            if (recorded.feedback.verdict === 'wrong') await refuse(recorded.feedback);
            return answer(waveId, recorded.feedback, started, recorded.state);
          }
          // A refused or informative scan changes no pick: the state read for it still holds.
          case 'refuse': {
            const feedback: ScanFeedback = {
              verdict: 'wrong',
              title: decision.title,
              detail: decision.detail,
            };
            await refuse(feedback);
            return answer(waveId, feedback, started, snap.state);
          }
          case 'info':
            return answer(
              waveId,
              { verdict: 'info', title: decision.title, detail: decision.detail },
              started,
              snap.state,
            );
        }
      });
    },

    short(waveId: string, reason: ShortPickReason, quantity?: number): Promise<PickScanAnswer> {
      const started = performance.now();
      return serial(async () => {
        const recorded = await recordShortPick(
          { runner: deps.runner, repo, snapshot, warehouseId: context().warehouseId },
          waveId,
          reason,
          quantity,
        );
        return { ...recorded, tookMs: performance.now() - started };
      });
    },

    undo(waveId: string): Promise<PickScanAnswer> {
      const started = performance.now();
      return serial(async () => {
        const snap = snapshot(waveId);
        const last = snap.state.lastPick;
        if (!last)
          throw new WharfError('CONFLICT', 'There is no pick of yours in this list to undo.');
        await deps.runner.run('pick.undo', {
          warehouseId: context().warehouseId,
          pickId: last.pickId,
        });
        return answer(
          waveId,
          {
            verdict: 'info',
            title: 'Pick undone',
            detail: `${last.text}: put the units back in the bin.`,
          },
          started,
        );
      });
    },
  };

  function summary(snap: WaveSnapshot): WaveSummary {
    const wave = repo.wave(snap.state.wave.id);
    return {
      id: snap.state.wave.id,
      number: snap.state.wave.number,
      kind: snap.state.wave.kind,
      orders: snap.state.orders.length,
      unitsNeeded: snap.state.progress.unitsNeeded,
      unitsPicked: snap.state.progress.unitsPicked,
      unitsShort: snap.state.progress.unitsShort,
      done: snap.state.done,
      createdAt: snap.state.wave.createdAt,
      station: wave ? deps.stationName(wave.station_id) : '',
      person: wave ? deps.personName(wave.person_id) : '',
    };
  }
}

export type PickService = ReturnType<typeof createPickService>;
