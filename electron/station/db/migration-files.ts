import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StationDbError } from './station-db-error';

export interface MigrationFile {
  id: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads `NNNN_name.sql` files in order; a stray or duplicated number is refused, not skipped. */
export function readMigrationFiles(dir: string): MigrationFile[] {
  const files: MigrationFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.sql')) continue;
    const match = FILE_NAME.exec(entry);
    if (!match?.[1] || !match[2]) {
      throw new StationDbError(
        'MIGRATION_FILE_INVALID',
        `Migration file "${entry}" in ${dir} is not named NNNN_name.sql`,
      );
    }
    const id = Number(match[1]);
    if (files.some((file) => file.id === id)) {
      throw new StationDbError(
        'MIGRATION_FILE_INVALID',
        `Two migration files in ${dir} share number ${match[1]}`,
      );
    }
    const sql = readFileSync(join(dir, entry), 'utf8');
    files.push({ id, name: match[2], sql, checksum: sha256(sql) });
  }
  return files;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
