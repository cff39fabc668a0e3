import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../logger';
import { SOURCE_MIGRATIONS_DIR } from '../paths';
import { openStation } from '../station';
import type { Station, StationOptions } from '../station';

/** A fresh data folder per test, removed afterwards. */
export function makeTempDir(prefix = 'wharf-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openTempStation(
  dataDir: string,
  overrides: Partial<StationOptions> = {},
): Promise<Station> {
  return openStation({
    dataDir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    logger: silentLogger,
    ...overrides,
  });
}
