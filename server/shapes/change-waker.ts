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

/**
 * Wakes every waiting long-poll of the process from one LISTEN connection. `generation` counts
 * notifications: a request reads it before looking at the log and waits only if it has not moved
 * since, so a commit between the look and the wait is never slept through.
 */
export class ChangeWaker {
  #generation = 0;
  #waiters = new Set<() => void>();
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

  get generation(): number {
    return this.#generation;
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

  /** Resolves when a notification arrives after `seen`, when the timeout passes, or on close. */
  waitAfter(seen: number, timeoutMs: number): Promise<void> {
    if (this.#generation !== seen || this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#waiters.add(done);
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
    client.on('notification', () => this.#wakeAll());
    client.on('error', (error) => {
      // A lost LISTEN connection may have missed notifications: everyone looks again, and the
      // next request reconnects.
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

  #wakeAll(): void {
    this.#generation += 1;
    for (const wake of [...this.#waiters]) wake();
  }
}
