import type BetterSqlite3 from 'better-sqlite3';
import { idleConnection } from '../db/idle-connection';
import type { Clock } from '../clock';
import { backoffDelayMs, DEFAULT_BACKOFF } from './backoff';
import type { BackoffPolicy } from './backoff';
import { confirmDeliveredMutations } from './confirm-mutations';
import { applyOutcomes, markSent, readWaitingBatch, recordUploadFailure } from './outbox-store';
import { sendMutations } from './upload-request';
import type { UploadTarget } from './upload-request';

export const DEFAULT_BATCH_SIZE = 100;
const REQUEST_TIMEOUT_MS = 30_000;

export interface UploaderOptions {
  sqlite: BetterSqlite3.Database;
  clock: Clock;
  getTarget: () => UploadTarget | null;
  batchSize?: number;
  retry?: Partial<BackoffPolicy>;
  fetchClient?: typeof fetch;
  /** For tests: the jitter's source. */
  random?: () => number;
  requestTimeoutMs?: number;
  /** After any change to the outbox; `inventoryChanged` when overlay rows went. */
  onOutboxChanged: (change: { inventoryChanged: boolean }) => void;
  onUploadProblem?: (message: string) => void;
  onUploadOk?: () => void;
  /** For tests and the Sync screen: a retry was scheduled this far ahead. */
  onRetryScheduled?: (delayMs: number) => void;
}

export interface Uploader {
  start(): void;
  /** Aborts the request in flight (its rows stay waiting) and waits for it to settle. */
  stop(): Promise<void>;
  /** New work: sends now unless waiting out a back-off. */
  kick(): void;
  /** Sends now, even during a back-off (e.g. the connection came back). */
  nudge(): void;
  /** Forgets the back-off and sends now. */
  retryNow(): void;
  state(): { nextAttemptAt: string | null; lastUploadAt: string | null };
}

/**
 * Sends the outbox in order, one request at a time. Rows leave `waiting` only by an outcome from
 * the head office; everything else (network, 5xx, 429, 401, a garbled answer) leaves them as
 * they are and retries on a timer.
 */
export function createUploader(options: UploaderOptions): Uploader {
  const { sqlite, clock } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF, ...options.retry };
  const fetchClient = options.fetchClient ?? fetch;
  const random = options.random ?? Math.random;

  let running = false;
  let inFlight: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  let nextAttemptAt: string | null = null;
  let lastUploadAt: string | null = null;
  /** Set when asked to send while a request was in flight and the back-off must not win. */
  let sendAgain = false;

  function clearTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    nextAttemptAt = null;
  }

  function wake(overrideBackoff: boolean): void {
    if (!running) return;
    if (inFlight) {
      if (overrideBackoff) sendAgain = true;
      return;
    }
    if (timer && !overrideBackoff) return;
    clearTimer();
    inFlight = drainSafely().finally(() => {
      inFlight = null;
      if (sendAgain && running) {
        sendAgain = false;
        wake(true);
      }
    });
  }

  function scheduleRetry(delayMs: number): void {
    clearTimer();
    nextAttemptAt = new Date(Date.parse(clock.now()) + delayMs).toISOString();
    timer = setTimeout(() => {
      timer = null;
      nextAttemptAt = null;
      wake(true);
    }, delayMs);
    options.onRetryScheduled?.(delayMs);
  }

  /**
   * A fault in the station itself (a database error, a row that no longer reads) must not kill
   * the uploader: it is reported like any failed upload and tried again later.
   */
  async function drainSafely(): Promise<void> {
    try {
      await drain();
    } catch (error) {
      controller = null;
      if (!running) return;
      const detail = error instanceof Error ? error.message : String(error);
      const message = `The station could not upload its changes (${detail}); it will try again.`;
      failures += 1;
      options.onUploadProblem?.(message);
      scheduleRetry(backoffDelayMs(failures, policy, random));
    }
  }

  async function drain(): Promise<void> {
    while (running) {
      const target = options.getTarget();
      if (!target) return;
      await idleConnection(sqlite);
      const rows = readWaitingBatch(sqlite, batchSize);
      if (rows.length === 0) return;
      const ids = rows.map((row) => row.id);
      markSent(sqlite, ids, clock.now());
      controller = new AbortController();
      const timeout = setTimeout(
        () => controller?.abort(),
        options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      );
      const result = await sendMutations(
        fetchClient,
        target,
        rows,
        controller.signal,
        () => !running,
      ).finally(() => clearTimeout(timeout));
      controller = null;
      if (result.kind === 'aborted' || !running) return;
      await idleConnection(sqlite);
      if (result.kind === 'failed') {
        recordUploadFailure(sqlite, ids, result.message);
        failures += 1;
        options.onOutboxChanged({ inventoryChanged: false });
        options.onUploadProblem?.(result.message);
        // A revoked station will not be fixed by hammering the head office.
        scheduleRetry(
          result.unauthorized ? policy.capMs : backoffDelayMs(failures, policy, random),
        );
        return;
      }
      const now = clock.now();
      const { overlayDropped, confirmed } = sqlite.transaction(() => {
        const applied = applyOutcomes(sqlite, result.outcomes, now);
        return { ...applied, confirmed: confirmDeliveredMutations(sqlite, now) };
      })();
      failures = 0;
      lastUploadAt = now;
      options.onOutboxChanged({ inventoryChanged: overlayDropped || confirmed > 0 });
      options.onUploadOk?.();
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      wake(true);
    },
    async stop() {
      running = false;
      clearTimer();
      controller?.abort();
      await inFlight;
    },
    kick: () => wake(false),
    nudge: () => wake(true),
    retryNow() {
      failures = 0;
      wake(true);
    },
    state: () => ({ nextAttemptAt, lastUploadAt }),
  };
}
