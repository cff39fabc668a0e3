import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { MiddlewareConfig } from '../carriers/middleware/middleware-config';
import type { CentralDatabase } from '../db/schema';
import type { AppContext } from './app-context';
import { installErrorHandler } from './error-handler';
import { createMetrics } from './metrics';
import { useShapeListenUrl } from '../shapes/change-waker';
import { registerRoutes } from './routes/register-routes';

export interface AppOptions {
  db: Kysely<CentralDatabase>;
  secretKey: Buffer;
  logLevel?: string;
  /** Where the shape feed opens its one LISTEN connection; without it live polls wait out their timeout. */
  listenUrl?: string;
  /** Largest request body; a CSV import is the biggest thing we accept. */
  bodyLimitBytes?: number;
  /** An Electric sync service: /v1/shape then proxies to it instead of serving the change log. */
  electric?: { url: string; secret?: string | undefined };
  /** The secret carrier tracking webhooks are signed with; without it they are refused. */
  tracking?: { webhookSecret?: string | undefined } | undefined;
  /** The shipping middleware carriers are bought through; without it they are reported unavailable. */
  shippingMiddleware?: MiddlewareConfig | undefined;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info', name: 'wharf-head-office' },
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
  });
  const ctx: AppContext = {
    db: options.db,
    metrics: createMetrics(),
    secretKey: options.secretKey,
    electric: options.electric,
    tracking: options.tracking,
    shippingMiddleware: options.shippingMiddleware,
  };
  if (options.listenUrl) useShapeListenUrl(options.db, options.listenUrl);
  installErrorHandler(app);

  app.addHook('onResponse', async (request, reply) => {
    ctx.metrics.httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(ctx.db);
      return { ok: true };
    } catch {
      return reply.status(503).send({
        ok: false,
        error: { code: 'UNAVAILABLE', message: 'The database is not answering' },
      });
    }
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics()),
  );

  registerRoutes(app, ctx);
  return app;
}
