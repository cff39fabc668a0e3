import type { Kysely, Transaction } from 'kysely';
import type { EnrolAnswer } from '../../../../shared/api/station-enrolment';
import { WharfError } from '../../../../shared/contract';
import type { EnrolInput, EnrolmentState } from '../../../../shared/contract';
import type { Clock } from '../../clock';
import type { StationDatabase } from '../../db/schema';
import type { LocalWrite } from '../../local-writes/local-write';
import { SHAPE_DEFINITIONS } from '../../sync/shape-definitions';
import { enrolmentState, readLink, writeLink } from './enrolment-repository';
import type { HeadOfficeLink } from './enrolment-repository';
import { requestEnrolment } from './head-office-enrol';

export interface EnrolmentService {
  /** Loads the stored link; call once before anything else. */
  load(): Promise<void>;
  /** The link, without a database read (the sync engine and the uploader ask often). */
  link(): HeadOfficeLink | null;
  state(): EnrolmentState;
  enrol(input: EnrolInput): Promise<EnrolmentState>;
}

export interface EnrolmentDeps {
  db: Kysely<StationDatabase>;
  localWrite: LocalWrite;
  clock: Clock;
  identity: () => Promise<{ stationId: string; stationName: string }>;
  /** Stops syncing and uploading before the link changes under them. */
  pause: () => Promise<void>;
  /** Starts them again with the new link; `moved` when the synced data was cleared. */
  resume: (link: HeadOfficeLink, moved: boolean) => Promise<void>;
  onProblem: (message: string) => void;
  /** Changes made here that the current head office has not answered yet. */
  waitingChanges: () => number;
  fetchClient?: typeof fetch | undefined;
}

/** Everything that belongs to one head office and warehouse, dropped when the station moves. */
async function forgetHeadOffice(trx: Transaction<StationDatabase>): Promise<void> {
  for (const definition of Object.values(SHAPE_DEFINITIONS)) {
    await trx.deleteFrom(definition.table).execute();
  }
  await trx.deleteFrom('sync_shapes').execute();
  await trx.deleteFrom('synced_txids').execute();
  // The people of the old warehouse may not exist in the new one.
  await trx.deleteFrom('station_session').execute();
}

export function createEnrolmentService(deps: EnrolmentDeps): EnrolmentService {
  const { db, localWrite, clock } = deps;
  let current: HeadOfficeLink | null = null;
  // One enrolment at a time: two at once would race to pause, write and resume.
  let queue: Promise<unknown> = Promise.resolve();

  async function enrolOnce(input: EnrolInput): Promise<EnrolmentState> {
    const waiting = deps.waitingChanges();
    // Another head office would refuse them, and the one they belong to would never see them.
    if (current !== null && current.headOfficeUrl !== input.headOfficeUrl && waiting > 0) {
      throw new WharfError(
        'CONFLICT',
        `${waiting} change${waiting === 1 ? ' made here has' : 's made here have'} not reached the head office at ${current.headOfficeUrl} yet. Reconnect to it so they upload (see the Sync screen) before enrolling with another head office.`,
      );
    }
    const { stationId, stationName } = await deps.identity();
    let answer: EnrolAnswer;
    try {
      answer = await requestEnrolment(
        input.headOfficeUrl,
        { code: input.code, stationId, stationName },
        deps.fetchClient,
      );
    } catch (error) {
      if (error instanceof WharfError) deps.onProblem(error.message);
      throw error;
    }
    const previous = current;
    const next: HeadOfficeLink = {
      headOfficeUrl: input.headOfficeUrl,
      token: answer.stationToken,
      warehouseId: answer.warehouse.id,
      warehouseCode: answer.warehouse.code,
      warehouseName: answer.warehouse.name,
      enrolledAt: clock.now(),
    };
    const moved =
      previous !== null &&
      (previous.headOfficeUrl !== next.headOfficeUrl || previous.warehouseId !== next.warehouseId);
    await deps.pause();
    try {
      await localWrite(
        {
          kind: 'station.enrolled',
          actor: 'station',
          summary: `Enrolled with the head office at ${next.headOfficeUrl} for warehouse ${next.warehouseCode} (${next.warehouseName})`,
          detail: {
            headOfficeUrl: next.headOfficeUrl,
            warehouseId: next.warehouseId,
            previous: previous
              ? { headOfficeUrl: previous.headOfficeUrl, warehouseId: previous.warehouseId }
              : null,
            clearedSyncedData: moved,
          },
        },
        async (trx) => {
          if (moved) await forgetHeadOffice(trx);
          await writeLink(trx, next);
        },
      );
      current = next;
    } finally {
      // Whatever happened, sync with the link now stored (the old one if the write failed).
      if (current) await deps.resume(current, moved && current === next);
    }
    return enrolmentState(current);
  }

  return {
    async load() {
      current = await readLink(db);
    },
    link: () => current,
    state: () => enrolmentState(current),

    enrol(input) {
      const run = queue.then(() => enrolOnce(input));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
