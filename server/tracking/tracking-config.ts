import { z } from 'zod';
import { DEFAULT_STALE_AFTER_HOURS } from './stale-parcel-alerts';

export interface TrackingConfig {
  /** The secret tracker webhooks are signed with; without it every webhook is refused. */
  webhookSecret?: string | undefined;
  staleAfterHours: number;
  /** How often parked updates are replayed and stale parcels looked for. */
  sweepEveryMs: number;
}

export class TrackingConfigError extends Error {
  override readonly name = 'TrackingConfigError';
}

const Hours = z.coerce
  .number()
  .positive()
  .max(24 * 365);

/** From TRACKING_WEBHOOK_SECRET and TRACKING_STALE_AFTER_HOURS (default 72). */
export function trackingConfigFromEnv(env: {
  TRACKING_WEBHOOK_SECRET?: string | undefined;
  TRACKING_STALE_AFTER_HOURS?: string | undefined;
}): TrackingConfig {
  const raw = env.TRACKING_STALE_AFTER_HOURS?.trim() ?? '';
  const hours =
    raw === '' ? { success: true as const, data: DEFAULT_STALE_AFTER_HOURS } : Hours.safeParse(raw);
  if (!hours.success) {
    throw new TrackingConfigError(
      `TRACKING_STALE_AFTER_HOURS must be a positive number of hours, not "${raw}"`,
    );
  }
  const secret = env.TRACKING_WEBHOOK_SECRET?.trim() ?? '';
  return {
    webhookSecret: secret === '' ? undefined : secret,
    staleAfterHours: hours.data,
    sweepEveryMs: 15 * 60_000,
  };
}
