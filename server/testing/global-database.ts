import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateCentral } from '../db/central-migrate';
import { connectCentral } from '../db/connect';
import { startEmbeddedDatabase } from '../db/embedded-database';
import { ensureDefaultRules } from '../pipeline/validation-rule-store';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server where tests may create databases, and the migrated template to copy. */
    centralAdminUrl: string;
    centralTemplate: string;
  }
}

/**
 * Vitest global setup: one PostgreSQL for the run — embedded by default, or TEST_DATABASE_URL —
 * with a migrated template database that each test copies into a database of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'wharf-pg-test-'));
    const embedded = await startEmbeddedDatabase({ dataDir, ephemeral: true });
    adminUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const template = `wharf_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const migrator = new pg.Client({ connectionString: withDatabase(adminUrl, template) });
  await migrator.connect();
  await migrateCentral(migrator);
  await migrator.end();
  // Tests run with the production default rules, as a fresh head office would.
  const seeded = connectCentral(withDatabase(adminUrl, template), 1);
  await ensureDefaultRules(seeded.db);
  await seeded.close();

  project.provide('centralAdminUrl', adminUrl);
  project.provide('centralTemplate', template);

  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    const { rows } = await cleanup.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'wharf_t_%' OR datname = $1",
      [template],
    );
    for (const row of rows)
      await cleanup.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await cleanup.end();
    await stopEmbedded?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
