import { BackoffDefaults, FetchError, ShapeStream } from '@electric-sql/client';
import type { Message, Offset, Row } from '@electric-sql/client';
import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { ShapeSyncStatus } from '../../../shared/contract';
import { applyShapeBatch } from './apply-shape-batch';
import type { AfterBatch, BatchOutcome } from './apply-shape-batch';
import { networkErrorText } from './network-error-text';
import type { ShapeDefinition } from './shape-definitions';
import { readStoredShape, writeStoredShape } from './sync-shapes-store';

export interface ShapeSubscriptionOptions {
  sqlite: BetterSqlite3.Database;
  definition: ShapeDefinition;
  /** Head office base URL, e.g. `https://ho.example`. */
  headOfficeUrl: string;
  /** This station's token; the head office decides from it which warehouse's rows it gets. */
  token: string;
  now: () => string;
  onStatus: (status: ShapeSyncStatus) => void;
  /** Runs inside every batch's transaction. */
  afterBatch?: AfterBatch | undefined;
  /** Called after a batch has committed. */
  onBatch?: ((outcome: BatchOutcome) => void) | undefined;
  fetchClient?: typeof fetch | undefined;
}

export interface ShapeSubscription {
  status(): ShapeSyncStatus;
  stop(): void;
}

function errorText(error: unknown): string {
  if (error instanceof FetchError) {
    const answer: unknown = error.json;
    const said =
      typeof answer === 'object' && answer !== null && 'error' in answer
        ? z.object({ message: z.string() }).safeParse(answer.error).data?.message
        : undefined;
    const detail = said ?? error.text ?? error.message;
    return `HTTP ${error.status}: ${detail}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Keeps one shape's replica table in step with the head office until stopped. */
export function subscribeShape(options: ShapeSubscriptionOptions): ShapeSubscription {
  const { sqlite, definition } = options;
  const stored = readStoredShape(sqlite, definition.shape);
  // Whatever state the last run ended in, this run has not caught up yet.
  let status: ShapeSyncStatus = { ...stored.status, state: 'initial-sync' };
  let stopped = false;
  // A snapshot (from -1, or after a refetch) is not complete until its first up-to-date, which
  // the outbox must hear of; one cut short by a restart resumes and must still be reported.
  let snapshotPending = stored.position === null || stored.status.lastUpToDateAt === null;
  // Why the last request failed in a way the client retries (null: it got an answer).
  let lastNetworkError: string | null = null;
  const controller = new AbortController();
  const baseFetch = options.fetchClient ?? fetch;
  // The client's retry hook says only that an attempt failed; keep why, for the clerk.
  const fetchClient: typeof fetch = async (input, init) => {
    try {
      const response = await baseFetch(input, init);
      lastNetworkError =
        response.status >= 500 || response.status === 429
          ? `it is not answering properly (HTTP ${response.status})`
          : null;
      return response;
    } catch (error) {
      if (!controller.signal.aborted) lastNetworkError = networkErrorText(error);
      throw error;
    }
  };

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
    params: { table: definition.shape },
    headers: { authorization: `Bearer ${options.token}` },
    signal: controller.signal,
    ...(stored.position
      ? { handle: stored.position.handle, offset: stored.position.offset as Offset }
      : {}),
    fetchClient,
    backoffOptions: {
      ...BackoffDefaults,
      // The client's default waits grow to 32 s; on a warehouse LAN a head office back from a
      // restart should be noticed within seconds, and a few stations' retries cost nothing.
      initialDelay: 500,
      maxDelay: 5_000,
      // The client retries network failures forever on its own; this is the only sign of them.
      // It is also told of refusals it will not retry; those come to onError as an 'error'.
      onFailedAttempt: () => {
        if (lastNetworkError === null) return;
        const reason = `Cannot reach the head office: ${lastNetworkError}`;
        if (status.state !== 'offline' || status.lastError !== reason) {
          fail('offline', new Error(reason));
        }
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
          { snapshotPending, afterBatch: options.afterBatch },
        );
        snapshotPending = outcome.snapshotPending;
        report(outcome.status, false);
        options.onBatch?.(outcome);
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
