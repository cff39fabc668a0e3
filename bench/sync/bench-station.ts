import type { z } from 'zod';
import { OutboxCountsSchema, SyncOverviewSchema, SyncStatusSchema } from '../../shared/contract';
import type { OutboxCounts, SyncOverview, SyncStatus } from '../../shared/contract';
import type { Station } from '../../electron/station/station';
import { ALL_SHAPES } from '../../electron/station/sync';

/** Calls the station as the renderer would and returns the parsed answer, or throws its error. */
export async function call<T extends z.ZodType>(
  station: Station,
  method: string,
  input: unknown,
  answer: T,
): Promise<z.infer<T>> {
  const result = await station.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return answer.parse(result.value);
}

/**
 * Resolves with the first payload of the topic that satisfies `done`, checking `current` first
 * (the state may already be there). Rejects, with the last payload seen, once `idleMs` pass
 * without any payload: a long flush that keeps moving is never cut short, a stuck one is.
 */
function waitForTopic<T>(
  station: Station,
  topic: string,
  schema: z.ZodType<T>,
  current: () => Promise<T>,
  done: (payload: T) => boolean,
  idleMs: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let last: T | undefined;
    let settled = false;
    const finish = (error: Error | null, payload?: T): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      if (error) reject(error);
      else resolve(payload as T);
    };
    const stalled = (): Error =>
      new Error(
        `${topic} did not move for ${idleMs} ms before reaching the expected state; last: ${JSON.stringify(last)}`,
      );
    let timer = setTimeout(() => finish(stalled()), idleMs);
    const check = (payload: T): void => {
      last = payload;
      if (done(payload)) return finish(null, payload);
      clearTimeout(timer);
      timer = setTimeout(() => finish(stalled()), idleMs);
    };
    const unsubscribe = station.subscribe(topic, (payload) => check(schema.parse(payload)));
    current().then(check, (error: unknown) =>
      finish(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

async function overview(station: Station): Promise<SyncOverview> {
  return call(station, 'sync.overview', {}, SyncOverviewSchema);
}

export function allLive(status: SyncStatus): boolean {
  return (
    status.shapes.length === ALL_SHAPES.length && status.shapes.every((s) => s.state === 'live')
  );
}

/** Until every shape of the station is live (initial sync done, or caught up after a restart). */
export function waitUntilLive(station: Station, idleMs: number): Promise<SyncStatus> {
  return waitForTopic(
    station,
    'sync.status',
    SyncStatusSchema,
    async () => ({ shapes: (await overview(station)).shapes }),
    allLive,
    idleMs,
  );
}

export function waitForOutbox(
  station: Station,
  done: (counts: OutboxCounts) => boolean,
  idleMs: number,
): Promise<OutboxCounts> {
  return waitForTopic(
    station,
    'outbox.changed',
    OutboxCountsSchema,
    async () => (await overview(station)).outbox,
    done,
    idleMs,
  );
}

export async function outboxCounts(station: Station): Promise<OutboxCounts> {
  return (await overview(station)).outbox;
}
