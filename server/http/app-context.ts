import type { Kysely } from 'kysely';
import type { MiddlewareConfig } from '../carriers/middleware/middleware-config';
import type { CentralDatabase } from '../db/schema';
import type { Metrics } from './metrics';

/** What every route needs, made once per app. */
export interface AppContext {
  db: Kysely<CentralDatabase>;
  metrics: Metrics;
  /** Opens sealed webhook secrets (AES-256-GCM key). */
  secretKey: Buffer;
  /** Set in proxy mode: the Electric service /v1/shape forwards to. */
  electric?: { url: string; secret?: string | undefined } | undefined;
  /** Carrier tracking webhooks: the secret they are signed with (TRACKING_WEBHOOK_SECRET). */
  tracking?: { webhookSecret?: string | undefined } | undefined;
  /** The shipping middleware (SHIPPING_MIDDLEWARE_URL/KEY); without it middleware carriers are unavailable. */
  shippingMiddleware?: MiddlewareConfig | undefined;
}
