import type BetterSqlite3 from 'better-sqlite3';
import type { MigrationFile } from './migration-files';
import { StationDbError } from './station-db-error';

interface AppliedRow {
  id: number;
  name: string;
  checksum: string;
}

const label = (m: { id: number; name: string }): string =>
  `${String(m.id).padStart(4, '0')}_${m.name}`;

/**
 * Brings the database up to the code's migrations. Each file runs in its own transaction
 * together with its bookkeeping row, so a failing file leaves nothing behind. A database that
 * has a migration the code does not know (written by a newer Wharf) or whose applied file has
 * since changed is refused before anything is touched.
 */
export function migrate(
  db: BetterSqlite3.Database,
  migrations: readonly MigrationFile[],
  now: () => string,
): { applied: string[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const appliedRows = db
    .prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id')
    .all() as AppliedRow[];
  const known = new Map(migrations.map((m) => [m.id, m]));

  for (const row of appliedRows) {
    const file = known.get(row.id);
    if (!file) {
      throw new StationDbError(
        'MIGRATION_UNKNOWN',
        `This station database has migration ${label(row)}, which this version of Wharf does ` +
          'not know: it was written by a newer version. Install that version, or point ' +
          'WHARF_DATA_DIR at another folder.',
      );
    }
    if (file.checksum !== row.checksum) {
      throw new StationDbError(
        'MIGRATION_CHANGED',
        `Migration ${label(row)} has changed since it was applied to this database. ` +
          'Applied migrations must never be edited; add a new migration instead.',
      );
    }
  }

  const done = new Set(appliedRows.map((row) => row.id));
  const record = db.prepare(
    'INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, migration.checksum, now());
    });
    try {
      apply();
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new StationDbError(
        'MIGRATION_FAILED',
        `Migration ${label(migration)} failed and was rolled back: ${reason}`,
        { cause },
      );
    }
    applied.push(label(migration));
  }
  return { applied };
}
