import type { FastifyInstance } from 'fastify';
import { migrateCentral } from './db/central-migrate';
import { connectCentral } from './db/connect';
import type { CentralDb } from './db/connect';
import { startEmbeddedDatabase } from './db/embedded-database';
import { middlewareConfigFromEnv } from './carriers/middleware/middleware-config';
import type { MiddlewareConfig } from './carriers/middleware/middleware-config';
import { buildApp } from './http/app';
import { ensureDefaultRules } from './pipeline/validation-rule-store';
import { loadSecretKey } from './secret-key';
import { readMailConfig } from './notify/mail-config';
import type { MailConfig } from './notify/mail-config';
import { startTrackingServices } from './tracking/start-tracking-services';
import { manifestSubmitEveryFromEnv, startManifestSubmitter } from './carriers/manifest-submitter';
import { createMiddlewareClient } from './carriers/middleware/easypost-client';
import { trackingConfigFromEnv } from './tracking/tracking-config';
import type { TrackingConfig } from './tracking/tracking-config';

export interface HeadOfficeOptions {
  dataDir: string;
  host: string;
  port: number;
  /** A PostgreSQL server to use; without it an embedded PostgreSQL starts in dataDir. */
  databaseUrl?: string | undefined;
  logLevel?: string;
  /** Proxy mode: an Electric sync service for /v1/shape (ELECTRIC_URL, ELECTRIC_SECRET). */
  electric?: { url: string; secret?: string | undefined } | undefined;
  /** The shipping middleware; without it, read from SHIPPING_MIDDLEWARE_URL/KEY when set. */
  shippingMiddleware?: MiddlewareConfig | undefined;
  /** Tracking webhooks and stale-parcel alerts; without it, read from TRACKING_* env. */
  tracking?: TrackingConfig | undefined;
  /** Customer emails; without it, read from SMTP_URL/MAIL_FROM; null turns them off. */
  mail?: MailConfig | null | undefined;
  /** How often closed manifests are handed to carriers; MANIFEST_SUBMIT_EVERY_MS, else 30 s. */
  manifestSubmitEveryMs?: number | undefined;
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
    const tracking = options.tracking ?? trackingConfigFromEnv(process.env);
    const mail = options.mail === undefined ? readMailConfig(process.env) : options.mail;
    const app = await buildApp({
      db: central.db,
      secretKey,
      listenUrl: databaseUrl,
      logLevel: options.logLevel ?? 'info',
      electric: options.electric,
      shippingMiddleware: options.shippingMiddleware ?? middlewareConfigFromEnv(process.env),
      tracking: { webhookSecret: tracking.webhookSecret },
    });
    const url = await app.listen({ host: options.host, port: options.port });
    const middleware = options.shippingMiddleware ?? middlewareConfigFromEnv(process.env);
    const manifests = startManifestSubmitter(
      central.db,
      middleware ? createMiddlewareClient(middleware) : undefined,
      {
        everyMs: options.manifestSubmitEveryMs ?? manifestSubmitEveryFromEnv(process.env),
        onError: (err: unknown) => app.log.error({ err }, 'manifest submission failed'),
      },
    );
    const parcels = startTrackingServices(central.db, {
      tracking,
      mail: mail ?? undefined,
      log: app.log,
    });
    return {
      url,
      databaseUrl,
      embedded: embedded !== undefined,
      central,
      app,
      secretKey,
      stop: async () => {
        await parcels.stop();
        await manifests.stop();
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
