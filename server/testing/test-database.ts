import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectCentral } from '../db/connect';
import type { CentralDb } from '../db/connect';
import { withDatabase } from './global-database';

export interface TestDatabase extends CentralDb {
  url: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A database of the test's own, copied from the migrated template in a few milliseconds. */
export async function createTestDatabase(poolSize = 20): Promise<TestDatabase> {
  const adminUrl = inject('centralAdminUrl');
  const template = inject('centralTemplate');
  const name = `wharf_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const central = connectCentral(url, poolSize);
  return {
    ...central,
    url,
    drop: async () => {
      await central.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
