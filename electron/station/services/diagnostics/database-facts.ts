import type BetterSqlite3 from 'better-sqlite3';
import { statSync } from 'node:fs';
import type { Diagnostics } from '../../../../shared/contract';

interface MigrationRow {
  id: number;
  name: string;
  applied_at: string;
}

/** Reads what support asks for first: file, size, SQLite settings, health, schema version. */
export function readDatabaseFacts(
  sqlite: BetterSqlite3.Database,
  file: string,
): Diagnostics['database'] {
  const sizeOf = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0; // the -wal file only exists while there are un-checkpointed pages
    }
  };
  const migrations = sqlite
    .prepare('SELECT id, name, applied_at FROM schema_migrations ORDER BY id')
    .all() as MigrationRow[];
  return {
    file,
    sizeBytes: sizeOf(file) + sizeOf(`${file}-wal`),
    sqliteVersion: String(sqlite.prepare('SELECT sqlite_version()').pluck().get()),
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    foreignKeys: sqlite.pragma('foreign_keys', { simple: true }) === 1,
    integrity: String(sqlite.pragma('quick_check', { simple: true })),
    migrations: migrations.map((row) => ({
      id: row.id,
      name: row.name,
      appliedAt: row.applied_at,
    })),
  };
}
