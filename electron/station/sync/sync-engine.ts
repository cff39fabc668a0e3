import type BetterSqlite3 from 'better-sqlite3';
import type { ShapeSyncStatus, SyncedShape, SyncStatus } from '../../../shared/contract';
import type { AfterBatch, BatchOutcome } from './apply-shape-batch';
import { subscribeShape } from './shape-subscription';
import type { ShapeSubscription } from './shape-subscription';
import { ALL_SHAPES, SHAPE_DEFINITIONS } from './shape-definitions';

export interface SyncEngineOptions {
  /** The station database, migrated; the engine is the only writer of its synced_* tables. */
  sqlite: BetterSqlite3.Database;
  headOfficeUrl: string;
  /** This station's token from enrolment; the head office scopes every shape by it. */
  token: string;
  shapes?: readonly SyncedShape[];
  /** Called with every shape's status whenever one changes, e.g. to publish `sync.status`. */
  onStatus?: (status: SyncStatus) => void;
  /** Runs inside each batch's transaction, so the outbox moves with the replica. */
  afterBatch?: AfterBatch;
  /** Called after each batch commits, with what it changed. */
  onBatch?: (shape: SyncedShape, outcome: BatchOutcome) => void;
  now?: () => string;
  fetchClient?: typeof fetch;
}

export interface SyncEngine {
  start(): void;
  /** Aborts every stream; no replica write happens after it returns. */
  stop(): void;
  status(): SyncStatus;
}

/** One ShapeStream per shape, each feeding its own replica table. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const shapes = options.shapes ?? ALL_SHAPES;
  const now = options.now ?? (() => new Date().toISOString());
  const latest = new Map<SyncedShape, ShapeSyncStatus>();
  let subscriptions: ShapeSubscription[] = [];

  const snapshot = (): SyncStatus => ({
    shapes: shapes.flatMap((shape) => {
      const status = latest.get(shape);
      return status ? [status] : [];
    }),
  });

  return {
    start() {
      if (subscriptions.length > 0) return;
      subscriptions = shapes.map((shape) =>
        subscribeShape({
          sqlite: options.sqlite,
          definition: SHAPE_DEFINITIONS[shape],
          headOfficeUrl: options.headOfficeUrl,
          token: options.token,
          now,
          fetchClient: options.fetchClient,
          afterBatch: options.afterBatch,
          onBatch: (outcome) => options.onBatch?.(shape, outcome),
          onStatus: (status) => {
            latest.set(shape, status);
            options.onStatus?.(snapshot());
          },
        }),
      );
    },
    stop() {
      for (const subscription of subscriptions) subscription.stop();
      subscriptions = [];
    },
    status: snapshot,
  };
}
