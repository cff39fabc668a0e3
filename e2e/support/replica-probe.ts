import { migrate } from '../../electron/station/db/migrate';
import { readMigrationFiles } from '../../electron/station/db/migration-files';
import { openDatabase } from '../../electron/station/db/open-database';
import type { OpenedDatabase } from '../../electron/station/db/open-database';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/station/paths';

export interface StoredShapeRow {
  shape: string;
  handle: string | null;
  offset: string | null;
  state: string;
  last_up_to_date_at: string | null;
  last_error: string | null;
}

/**
 * A station's SQLite file opened directly, to see what sync stored. Open it only while the
 * station is closed: the station holds the file's exclusive lock.
 */
export function createReplicaProbe(dataDir: string) {
  let replica: OpenedDatabase | undefined;
  const all = <T>(query: string, ...params: unknown[]): T[] =>
    (replica?.sqlite.prepare(query).all(...params) ?? []) as T[];
  return {
    open(): OpenedDatabase {
      const opened = openDatabase({ dataDir });
      migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () =>
        new Date().toISOString(),
      );
      replica = opened;
      return opened;
    },
    async close(): Promise<void> {
      await replica?.close();
      replica = undefined;
    },
    opened: (): OpenedDatabase | undefined => replica,
    all,
    stored: (shape: string): StoredShapeRow | undefined =>
      all<StoredShapeRow>('SELECT * FROM sync_shapes WHERE shape = ?', shape)[0],
    onHand: (warehouseId: string, productId: string): number | undefined =>
      all<{ on_hand: number }>(
        'SELECT on_hand FROM synced_stock_levels WHERE warehouse_id = ? AND product_id = ?',
        warehouseId,
        productId,
      )[0]?.on_hand,
    stationToken: (): string => {
      const row = all<{ station_token: string }>('SELECT station_token FROM station_enrolment')[0];
      if (!row) throw new Error('the station is not enrolled');
      return row.station_token;
    },
  };
}

/** Polls until `check` holds, or fails naming what it waited for. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
