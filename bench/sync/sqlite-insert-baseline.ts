import { migrate } from '../../electron/station/db/migrate';
import { readMigrationFiles } from '../../electron/station/db/migration-files';
import { openDatabase } from '../../electron/station/db/open-database';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/station/paths';
import { msSince } from '../harness/percentiles';
import type { ReplicaTableRows } from './replica-rows';

/**
 * The floor under initial sync: the very rows the station synced, already in SQLite's types,
 * written into a fresh station file (same migrations, same WAL/synchronous=FULL settings) by one
 * prepared INSERT per table inside one transaction. No HTTP, JSON, parsing or offsets.
 */
export async function sqliteInsertBaseline(
  tables: readonly ReplicaTableRows[],
  dataDir: string,
): Promise<{ rows: number; elapsedMs: number }> {
  const opened = openDatabase({ dataDir });
  try {
    migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () =>
      new Date().toISOString(),
    );
    const inserts = tables.map(({ definition, rows }) => ({
      statement: opened.sqlite.prepare(
        `INSERT INTO ${definition.table} (${definition.columns.join(', ')})
         VALUES (${definition.columns.map(() => '?').join(', ')})`,
      ),
      rows,
    }));
    const started = process.hrtime.bigint();
    opened.sqlite.transaction(() => {
      for (const { statement, rows } of inserts) {
        for (const row of rows) statement.run(row);
      }
    })();
    const elapsedMs = msSince(started);
    return { rows: inserts.reduce((sum, i) => sum + i.rows.length, 0), elapsedMs };
  } finally {
    await opened.close();
  }
}
