import pg from 'pg';
import { migrateCentral } from '../../server/db/central-migrate';
import { connectCentral } from '../../server/db/connect';
import type { CentralDb } from '../../server/db/connect';
import { startEmbeddedDatabase } from '../../server/db/embedded-database';
import type { EmbeddedDatabase } from '../../server/db/embedded-database';

/** A PostgreSQL of the test's own, migrated, with a pool on it. */
export async function startMigratedCentral(
  dataDir: string,
  poolSize: number,
): Promise<{ embedded: EmbeddedDatabase; central: CentralDb }> {
  const embedded = await startEmbeddedDatabase({ dataDir, ephemeral: true });
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  try {
    await migrateCentral(client);
  } finally {
    await client.end();
  }
  return { embedded, central: connectCentral(embedded.url, poolSize) };
}
