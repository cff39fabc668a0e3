import type { FastifyInstance } from 'fastify';
import { migrateCentral } from './db/central-migrate';
import { connectCentral } from './db/connect';
import type { CentralDb } from './db/connect';
import { startEmbeddedDatabase } from './db/embedded-database';
import { buildApp } from './http/app';
import { ensureDefaultRules } from './pipeline/validation-rule-store';
import { loadSecretKey } from './secret-key';

export interface HeadOfficeOptions {
  dataDir: string;
  host: string;
  port: number;
  /** A PostgreSQL server to use; without it an embedded PostgreSQL starts in dataDir. */
  databaseUrl?: string | undefined;
  logLevel?: string;
  /** Proxy mode: an Electric sync service for /v1/shape (ELECTRIC_URL, ELECTRIC_SECRET). */
  electric?: { url: string; secret?: string | undefined } | undefined;
}

export interface RunningHeadOffice {
  url: string;
  databaseUrl: string;
  embedded: boolean;
  central: CentralDb;
  app: FastifyInstance;
  secretKey: Buffer;
  stop(): Promise<void>;
}

/** Database (embedded or given), migrations, then the HTTP API; stop() undoes it in reverse. */
export async function startHeadOffice(options: HeadOfficeOptions): Promise<RunningHeadOffice> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedDatabase({ dataDir: options.dataDir });
  const databaseUrl = options.databaseUrl ?? embedded?.url ?? '';
  const central = connectCentral(databaseUrl);
  try {
    const client = await central.pool.connect();
    try {
      await migrateCentral(client);
      await ensureDefaultRules(central.db);
    } finally {
      client.release();
    }
    const secretKey = loadSecretKey(options.dataDir);
    const app = await buildApp({
      db: central.db,
      secretKey,
      listenUrl: databaseUrl,
      logLevel: options.logLevel ?? 'info',
      electric: options.electric,
    });
    const url = await app.listen({ host: options.host, port: options.port });
    return {
      url,
      databaseUrl,
      embedded: embedded !== undefined,
      central,
      app,
      secretKey,
      stop: async () => {
        await app.close();
        await central.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await central.close();
    await embedded?.stop();
    throw error;
  }
}
