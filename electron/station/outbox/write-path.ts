import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { OutboxCounts, Session } from '../../../shared/contract';
import type { Clock, IdSource } from '../clock';
import type { HandlerMap } from '../contract/handler-map';
import type { TopicBus } from '../contract/topic-bus';
import type { StationDatabase } from '../db/schema';
import type { LocalWrite } from '../local-writes/local-write';
import { createMutationRunner } from '../mutations/run-mutation';
import type { MutationRunner } from '../mutations/run-mutation';
import { createInventoryHandlers } from '../services/inventory/inventory-handlers';
import { createOutboxHandlers } from '../services/outbox/outbox-handlers';
import { readOutboxCounts } from './outbox-store';
import { createUploader } from './uploader';

/** What the write path needs to know about the station's enrolment. */
export interface StationLink {
  headOfficeUrl: string;
  token: string;
  warehouseId: string;
  warehouseCode: string;
}

export interface WritePathDeps {
  sqlite: BetterSqlite3.Database;
  db: Kysely<StationDatabase>;
  localWrite: LocalWrite;
  clock: Clock;
  newId: IdSource;
  bus: TopicBus;
  getSession: () => Session | null;
  getLink: () => StationLink | null;
  stationId: string;
  retry?: { baseMs?: number; capMs?: number };
  batchSize?: number;
  fetchClient?: typeof fetch;
  onUploadProblem?: (message: string) => void;
  onUploadOk?: () => void;
  /** 'outbox.retryNow' also asks for this, e.g. the sync engine's own retry of the download. */
  onRetryNow?: () => void;
}

export interface WritePath {
  handlers: Pick<
    HandlerMap,
    'inventory.list' | 'inventory.adjust' | 'outbox.list' | 'outbox.retryNow'
  >;
  start(): void;
  stop(): Promise<void>;
  counts(): OutboxCounts;
  uploadState(): { nextAttemptAt: string | null; lastUploadAt: string | null };
  /** wakes the uploader now */
  nudge(): void;
  /** Records people's changes; the floor services run their mutations through it. */
  runner: MutationRunner;
}

/**
 * The station's write path: people's changes recorded with their optimistic effect, uploaded in
 * order, and resolved by the head office's answers (and by `afterShapeBatch` as synced data
 * arrives).
 */
export function createWritePath(deps: WritePathDeps): WritePath {
  const { sqlite, bus, clock } = deps;

  function publishChange(change: { inventoryChanged: boolean }): void {
    bus.publish('outbox.changed', readOutboxCounts(sqlite));
    if (change.inventoryChanged) bus.publish('inventory.changed', { at: clock.now() });
    // Picks, shorts and parcels live in the outbox too: a refusal shows on the floor screens.
    bus.publish('floor.changed', { at: clock.now() });
  }

  const uploader = createUploader({
    sqlite,
    clock,
    getTarget: () => {
      const link = deps.getLink();
      return link ? { headOfficeUrl: link.headOfficeUrl, token: link.token } : null;
    },
    ...(deps.batchSize === undefined ? {} : { batchSize: deps.batchSize }),
    ...(deps.retry === undefined ? {} : { retry: deps.retry }),
    ...(deps.fetchClient === undefined ? {} : { fetchClient: deps.fetchClient }),
    onOutboxChanged: publishChange,
    ...(deps.onUploadProblem === undefined ? {} : { onUploadProblem: deps.onUploadProblem }),
    ...(deps.onUploadOk === undefined ? {} : { onUploadOk: deps.onUploadOk }),
  });

  const runner = createMutationRunner({
    db: deps.db,
    localWrite: deps.localWrite,
    clock,
    newId: deps.newId,
    getSession: deps.getSession,
    getWarehouseId: () => deps.getLink()?.warehouseId ?? null,
    stationId: deps.stationId,
    onRecorded: () => {
      publishChange({ inventoryChanged: true });
      uploader.kick();
    },
  });

  return {
    handlers: {
      ...createInventoryHandlers({ sqlite, getLink: deps.getLink, runner }),
      ...createOutboxHandlers({
        sqlite,
        retryNow: () => {
          uploader.retryNow();
          deps.onRetryNow?.();
        },
      }),
    },
    start: () => uploader.start(),
    stop: () => uploader.stop(),
    counts: () => readOutboxCounts(sqlite),
    uploadState: () => uploader.state(),
    nudge: () => uploader.nudge(),
    runner,
  };
}
