import { silentLogger } from '../logger';
import { SOURCE_MIGRATIONS_DIR } from '../paths';
import { openStation } from '../station';
import type { Station, StationOptions } from '../station';

// Kept here too: most tests open a whole station and take both from one place.
export { makeTempDir } from './temp-dir';

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
