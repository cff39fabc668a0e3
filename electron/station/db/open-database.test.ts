import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-station';
import { openDatabase } from './open-database';
import { StationDbError } from './station-db-error';

describe('openDatabase', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.remove());

  it('opens one file in WAL mode with foreign keys on', async () => {
    const opened = openDatabase({ dataDir: temp.dir });
    expect(opened.file.endsWith('station.sqlite')).toBe(true);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    await opened.close();
  });

  it('refuses a second opener of the same data folder with a clear message', async () => {
    const first = openDatabase({ dataDir: temp.dir });
    try {
      openDatabase({ dataDir: temp.dir });
      expect.unreachable('the second open must fail');
    } catch (error) {
      expect(error).toBeInstanceOf(StationDbError);
      expect((error as StationDbError).code).toBe('DATABASE_IN_USE');
      expect((error as StationDbError).message).toMatch(/in use by another Wharf process/);
    } finally {
      await first.close();
    }
    const again = openDatabase({ dataDir: temp.dir });
    await again.close();
  });
});
