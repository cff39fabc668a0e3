import { BackoffDefaults, FetchError, ShapeStream } from '@electric-sql/client';
import type { Message, Offset, Row } from '@electric-sql/client';
import type BetterSqlite3 from 'better-sqlite3';
import type { ShapeSyncStatus } from '../../../shared/contract';
import { applyShapeBatch } from './apply-shape-batch';
import type { ShapeDefinition } from './shape-definitions';
import { readStoredShape, writeStoredShape } from './sync-shapes-store';

export interface ShapeSubscriptionOptions {
  sqlite: BetterSqlite3.Database;
  definition: ShapeDefinition;
  /** Head office base URL, e.g. `https://ho.example`. */
  headOfficeUrl: string;
  token: string;
  warehouseCode: string;
  now: () => string;
  onStatus: (status: ShapeSyncStatus) => void;
  fetchClient?: typeof fetch | undefined;
}

export interface ShapeSubscription {
  status(): ShapeSyncStatus;
  stop(): void;
}

function errorText(error: unknown): string {
  if (error instanceof FetchError) return `HTTP ${error.status}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Keeps one shape's replica table in step with the head office until stopped. */
export function subscribeShape(options: ShapeSubscriptionOptions): ShapeSubscription {
  const { sqlite, definition } = options;
  const stored = readStoredShape(sqlite, definition.shape);
  // Whatever state the last run ended in, this run has not caught up yet.
  let status: ShapeSyncStatus = { ...stored.status, state: 'initial-sync' };
  let stopped = false;
  const controller = new AbortController();

  const report = (next: ShapeSyncStatus, persist: boolean): void => {
    if (stopped) return;
    status = next;
    if (persist) writeStoredShape(sqlite, status);
    options.onStatus(status);
  };
  const fail = (state: 'offline' | 'error', error: unknown): void => {
    if (stopped || controller.signal.aborted) return;
    report({ ...status, state, lastError: errorText(error) }, true);
  };

  const stream = new ShapeStream({
    url: `${options.headOfficeUrl.replace(/\/+$/, '')}/v1/shape`,
    params: { table: definition.shape, warehouse: options.warehouseCode },
    headers: { authorization: `Bearer ${options.token}` },
    signal: controller.signal,
    ...(stored.position
      ? { handle: stored.position.handle, offset: stored.position.offset as Offset }
      : {}),
    ...(options.fetchClient ? { fetchClient: options.fetchClient } : {}),
    backoffOptions: {
      ...BackoffDefaults,
      // The client retries network failures forever on its own; this is the only sign of them.
      onFailedAttempt: () => {
        if (status.state !== 'offline') fail('offline', new Error('head office unreachable'));
      },
    },
    onError: (error) => {
      fail('error', error);
      // Keep trying: a head office that refuses today (token, config) may be fixed tomorrow.
      return controller.signal.aborted ? undefined : {};
    },
  });

  report(status, true);
  stream.subscribe(
    (messages: Message<Row>[]) => {
      // A response can land after stop(); the database may already be closed by then.
      if (stopped) return;
      const handle = stream.shapeHandle;
      const offset = stream.lastOffset;
      try {
        const outcome = applyShapeBatch(
          sqlite,
          definition,
          messages,
          handle && offset !== '-1' ? { handle, offset } : null,
          status,
          options.now(),
        );
        report(outcome.status, false);
      } catch (error) {
        // Going on would move past a batch the replica never got; stop and say why.
        fail('error', error);
        stopped = true;
        controller.abort();
      }
    },
    (error) => fail('error', error),
  );

  return {
    status: () => status,
    stop: () => {
      stopped = true;
      controller.abort();
    },
  };
}
