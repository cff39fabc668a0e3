import { fileURLToPath } from 'node:url';

/**
 * Where the repository keeps station migrations, for the browser host, tests and benches that
 * run from source. The packaged desktop app passes its own resources path instead.
 */
export const SOURCE_MIGRATIONS_DIR = fileURLToPath(
  new URL('../../migrations/station', import.meta.url),
);
