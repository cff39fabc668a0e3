import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const CENTRAL_MIGRATIONS_DIR = fileURLToPath(
  new URL('../../migrations/central', import.meta.url),
);

export class CentralMigrationError extends Error {
  override readonly name = 'CentralMigrationError';
  constructor(
    readonly code:
      'MIGRATION_UNKNOWN' | 'MIGRATION_CHANGED' | 'MIGRATION_FAILED' | 'MIGRATION_FILE_INVALID',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

interface MigrationFile {
  id: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any fixed number: several head-office processes starting at once take turns migrating.
const MIGRATION_LOCK = 7_310_001;

export function readCentralMigrations(dir = CENTRAL_MIGRATIONS_DIR): MigrationFile[] {
  const files: MigrationFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.sql')) continue;
    const match = FILE_NAME.exec(entry);
    if (!match?.[1] || !match[2]) {
      throw new CentralMigrationError(
        'MIGRATION_FILE_INVALID',
        `${entry} is not named NNNN_name.sql`,
      );
    }
    const id = Number(match[1]);
    if (files.some((f) => f.id === id)) {
      throw new CentralMigrationError(
        'MIGRATION_FILE_INVALID',
        `Two migrations share number ${match[1]}`,
      );
    }
    const sql = readFileSync(join(dir, entry), 'utf8');
    files.push({
      id,
      name: match[2],
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    });
  }
  return files;
}

/**
 * Applies pending central migrations, each in its own transaction with its bookkeeping row.
 * Refuses a database that has a migration this code does not know, or an applied one that has
 * since been edited, before changing anything.
 */
export async function migrateCentral(
  client: pg.ClientBase,
  files: readonly MigrationFile[] = readCentralMigrations(),
): Promise<string[]> {
  const label = (m: { id: number; name: string }) => `${String(m.id).padStart(4, '0')}_${m.name}`;
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ id: number; name: string; checksum: string }>(
      'SELECT id, name, checksum FROM schema_migrations ORDER BY id',
    );
    for (const row of rows) {
      const file = files.find((f) => f.id === row.id);
      if (!file) {
        throw new CentralMigrationError(
          'MIGRATION_UNKNOWN',
          `The central database has migration ${label(row)}, which this head office does not know: ` +
            'it was migrated by a newer version. Run that version, or point DATABASE_URL elsewhere.',
        );
      }
      if (file.checksum !== row.checksum) {
        throw new CentralMigrationError(
          'MIGRATION_CHANGED',
          `Migration ${label(row)} has changed since it was applied; add a new migration instead.`,
        );
      }
    }
    const applied: string[] = [];
    for (const file of files) {
      if (rows.some((r) => r.id === file.id)) continue;
      try {
        await client.query('BEGIN');
        await client.query(file.sql);
        await client.query(
          'INSERT INTO schema_migrations (id, name, checksum) VALUES ($1, $2, $3)',
          [file.id, file.name, file.checksum],
        );
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK');
        throw new CentralMigrationError(
          'MIGRATION_FAILED',
          `Migration ${label(file)} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`,
          { cause },
        );
      }
      applied.push(label(file));
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
