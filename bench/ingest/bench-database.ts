import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateCentral } from '../../server/db/central-migrate';
import { startEmbeddedDatabase } from '../../server/db/embedded-database';

export interface BenchServer {
  /** The folder PostgreSQL keeps its files in (postmaster.pid is there). */
  pgDir: string;
  /** A freshly migrated database on this server. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A throwaway embedded PostgreSQL on its own free port, removed again by stop(). */
export async function startBenchServer(): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wharf-bench-pg-'));
  let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>>;
  try {
    embedded = await startEmbeddedDatabase({ dataDir, ephemeral: true });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const adminUrl = withDatabase(embedded.url, 'postgres');
  return {
    pgDir: join(dataDir, 'pg'),
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name ${name}`);
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = withDatabase(embedded.url, name);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await migrateCentral(client);
      } finally {
        await client.end();
      }
      return url;
    },
    async stop() {
      try {
        await embedded.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
