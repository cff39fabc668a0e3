import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-station';
import { migrate } from './migrate';
import { readMigrationFiles } from './migration-files';
import { StationDbError } from './station-db-error';

const now = () => '2026-01-01T00:00:00.000Z';

describe('station migrations', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let migrationsDir: string;
  let db: Database.Database;

  beforeEach(() => {
    temp = makeTempDir();
    migrationsDir = join(temp.dir, 'migrations');
    mkdirSync(migrationsDir);
    db = new Database(join(temp.dir, 'db.sqlite'));
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  const write = (name: string, sql: string) => writeFileSync(join(migrationsDir, name), sql);
  const tables = () =>
    (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((row) => row.name);

  it('applies files in number order, records them, and does nothing the second time', () => {
    write('0002_second.sql', 'CREATE TABLE b (id INTEGER REFERENCES a(id));');
    write('0001_first.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);');
    expect(migrate(db, readMigrationFiles(migrationsDir), now).applied).toEqual([
      '0001_first',
      '0002_second',
    ]);
    expect(tables()).toEqual(['a', 'b', 'schema_migrations']);
    expect(migrate(db, readMigrationFiles(migrationsDir), now).applied).toEqual([]);
    const rows = db.prepare('SELECT id, name, applied_at FROM schema_migrations').all();
    expect(rows).toEqual([
      { id: 1, name: 'first', applied_at: now() },
      { id: 2, name: 'second', applied_at: now() },
    ]);
  });

  it('rolls a failing migration back completely and leaves earlier ones applied', () => {
    write('0001_first.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);');
    write('0002_broken.sql', 'CREATE TABLE half (id INTEGER);\nCREATE TABLE oops (;');
    const run = () => migrate(db, readMigrationFiles(migrationsDir), now);
    expect(run).toThrowError(StationDbError);
    expect(run).toThrowError(/0002_broken failed and was rolled back/);
    expect(tables()).toEqual(['a', 'schema_migrations']);
    const ids = db.prepare('SELECT id FROM schema_migrations').pluck().all();
    expect(ids).toEqual([1]);
  });

  it('refuses a database that knows a migration this code does not', () => {
    write('0001_first.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);');
    write('0002_newer.sql', 'CREATE TABLE b (id INTEGER PRIMARY KEY);');
    migrate(db, readMigrationFiles(migrationsDir), now);
    const older = readMigrationFiles(migrationsDir).filter((m) => m.id === 1);
    try {
      migrate(db, older, now);
      expect.unreachable('an unknown migration must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(StationDbError);
      expect((error as StationDbError).code).toBe('MIGRATION_UNKNOWN');
      expect((error as StationDbError).message).toMatch(/0002_newer.*newer version/);
    }
  });

  it('refuses an applied migration whose file has since been edited', () => {
    write('0001_first.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);');
    migrate(db, readMigrationFiles(migrationsDir), now);
    write('0001_first.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY, extra TEXT);');
    expect(() => migrate(db, readMigrationFiles(migrationsDir), now)).toThrowError(
      /has changed since it was applied/,
    );
  });

  it('refuses badly named and duplicated migration files', () => {
    write('1_first.sql', 'SELECT 1;');
    expect(() => readMigrationFiles(migrationsDir)).toThrowError(/not named NNNN_name.sql/);
    write('1_first.sql', '');
    writeFileSync(join(migrationsDir, '1_first.sql'), '');
    const again = makeTempDir();
    try {
      writeFileSync(join(again.dir, '0001_a.sql'), 'SELECT 1;');
      writeFileSync(join(again.dir, '0001_b.sql'), 'SELECT 1;');
      expect(() => readMigrationFiles(again.dir)).toThrowError(/share number 0001/);
    } finally {
      again.remove();
    }
  });
});
