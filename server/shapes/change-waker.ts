import type { Kysely } from 'kysely';
import pg from 'pg';
import type { CentralDatabase } from '../db/schema';

export const SHAPE_CHANGES_CHANNEL = 'wharf_shape_changes';

/**
 * Where the LISTEN connection goes, per database handle. The app context carries only the Kysely
 * handle (which hides its pool), so whoever opens the database says where it is.
 */
const listenUrls = new WeakMap<Kysely<CentralDatabase>, string>();

export function useShapeListenUrl(db: Kysely<CentralDatabase>, url: string): void {
  listenUrls.set(db, url);
}

export function shapeListenUrl(db: Kysely<CentralDatabase>): string | undefined {
  return listenUrls.get(db);
}

/** Which long-polls a notification concerns: one table, and one warehouse or all of them. */
export interface WakeTopic {
  relation: string;
  warehouseId: string;
}

interface Waiter {
  topic: WakeTopic;
  wake: () => void;
}

/**
 * Wakes the waiting long-polls of the process from one LISTEN connection. A notification names
 * a table and a warehouse (none for reference data), and wakes only the waiters of that shape.
 * A waiter reads `generationFor` its topic before looking at the log and waits only if it has
 * not moved since, so a commit between the look and the wait is never slept through.
 */
export class ChangeWaker {
  /** Counts every notification; the last count seen per "relation:warehouse" key. */
  #generation = 0;
  #lastByKey = new Map<string, number>();
  /** Bumped by events that concern everyone: a lost connection, close, an unlabelled notify. */
  #lastForAll = 0;
  #waiters = new Set<Waiter>();
  #client: pg.Client | undefined;
  #connecting: Promise<void> | undefined;
  #closed = false;

  constructor(
    private readonly url: () => string | undefined,
    private readonly onError: (error: Error) => void,
  ) {}

  get closed(): boolean {
    return this.#closed;
  }

  /** The newest notification that concerns this topic (its warehouse's, or the table's whole). */
  generationFor(topic: WakeTopic): number {
    return Math.max(
      this.#lastForAll,
      this.#lastByKey.get(`${topic.relation}:${topic.warehouseId}`) ?? 0,
      this.#lastByKey.get(`${topic.relation}:`) ?? 0,
    );
  }

  /** Connects and LISTENs once; later calls share it. Without a URL, waits end on timeout. */
  async ready(): Promise<void> {
    if (this.#client || this.#closed) return;
    const url = this.url();
    if (!url) return;
    this.#connecting ??= this.#connect(url).finally(() => {
      this.#connecting = undefined;
    });
    await this.#connecting;
  }

  /** Resolves when a notification for the topic arrives after `seen`, on timeout, or on close. */
  waitAfter(topic: WakeTopic, seen: number, timeoutMs: number): Promise<void> {
    if (this.generationFor(topic) !== seen || this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        topic,
        wake: () => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.wake, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#wakeAll();
    await this.#connecting?.catch(() => undefined);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  async #connect(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: 'wharf-shape-feed' });
    client.on('notification', (message) => this.#notified(message.payload ?? ''));
    client.on('error', (error) => {
      if (this.#client === client) this.#client = undefined;
      this.onError(error);
      this.#wakeAll();
      client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query(`LISTEN ${SHAPE_CHANGES_CHANNEL}`);
    if (this.#closed) {
      await client.end();
      return;
    }
    this.#client = client;
  }

  /** `relation:warehouse` (warehouse empty for reference data); anything else wakes everyone. */
  #notified(payload: string): void {
    const match = /^([a-z_]+):([0-9a-f-]*)$/.exec(payload);
    if (!match) {
      this.#wakeAll();
      return;
    }
    const [, relation = '', warehouseId = ''] = match;
    this.#generation += 1;
    this.#lastByKey.set(`${relation}:${warehouseId}`, this.#generation);
    for (const waiter of [...this.#waiters]) {
      const { topic } = waiter;
      if (
        topic.relation === relation &&
        (warehouseId === '' || topic.warehouseId === warehouseId)
      ) {
        waiter.wake();
      }
    }
  }

  #wakeAll(): void {
    this.#generation += 1;
    this.#lastForAll = this.#generation;
    for (const waiter of [...this.#waiters]) waiter.wake();
  }
}
