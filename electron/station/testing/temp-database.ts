import type { ActivityEntry } from '../../../shared/contract';
import type { Clock } from '../clock';
import { uuidV7 } from '../clock';
import { migrate } from '../db/migrate';
import { readMigrationFiles } from '../db/migration-files';
import { openDatabase } from '../db/open-database';
import type { OpenedDatabase } from '../db/open-database';
import { createLocalWrite } from '../local-writes/local-write';
import type { LocalWrite } from '../local-writes/local-write';
import { SOURCE_MIGRATIONS_DIR } from '../paths';

export interface TempDatabase extends OpenedDatabase {
  localWrite: LocalWrite;
  /** Activity entries committed through `localWrite`, oldest first. */
  activity: ActivityEntry[];
}

/** A migrated station database in `dataDir`, for testing one service on the real file. */
export function openTempDatabase(dataDir: string, clock: Clock): TempDatabase {
  const opened = openDatabase({ dataDir });
  migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () => clock.now());
  const activity: ActivityEntry[] = [];
  const localWrite = createLocalWrite(opened.db, clock, uuidV7, (entry) => activity.push(entry));
  return { ...opened, localWrite, activity };
}

/** A clock that moves only when told, so lockouts and timestamps are exact. */
export function manualClock(start = '2026-11-26T12:00:00.000Z'): Clock & {
  advance(ms: number): void;
} {
  let nowMs = Date.parse(start);
  return {
    now: () => new Date(nowMs).toISOString(),
    uptimeSeconds: () => 0,
    advance(ms) {
      nowMs += ms;
    },
  };
}
