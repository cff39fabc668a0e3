import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StationDatabase } from './schema';
import { StationDbError } from './station-db-error';

export const DATABASE_FILE_NAME = 'station.sqlite';

export interface OpenedDatabase {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<StationDatabase>;
  /** Closes Kysely and the file; Kysely alone closes nothing if it never ran a query. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  dataDir: string;
  /** Path to a better_sqlite3.node built for another ABI (Electron); default: the Node build. */
  nativeBinding?: string | undefined;
}

/**
 * Opens the station's one SQLite file. WAL keeps readers off the writer's back; synchronous=FULL
 * because a scan acknowledged to a picker must survive a power cut; the exclusive lock makes a
 * second Wharf process on the same folder fail at once instead of two writers racing.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (cause) {
    throw new StationDbError(
      'DATA_DIR_UNUSABLE',
      `Cannot create the data folder ${options.dataDir}: ${String(cause)}`,
      { cause },
    );
  }
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new Database(file, {
      timeout: 2000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (cause) {
    throw new StationDbError('DATABASE_UNREADABLE', `Cannot open ${file}: ${String(cause)}`, {
      cause,
    });
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // Taking the write lock now turns "another process has this folder" into a start-up error.
    sqlite.exec('BEGIN IMMEDIATE; COMMIT;');
  } catch (cause) {
    sqlite.close();
    const busy = cause instanceof Error && /SQLITE_BUSY|locked/i.test(cause.message);
    throw new StationDbError(
      busy ? 'DATABASE_IN_USE' : 'DATABASE_UNREADABLE',
      busy
        ? `The station database ${file} is in use by another Wharf process. Close it, or use ` +
            'another data folder (WHARF_DATA_DIR).'
        : `Cannot use ${file}: ${String(cause)}`,
      { cause },
    );
  }
  const db = new Kysely<StationDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    file,
    sqlite,
    db,
    close: async () => {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
