import { z } from 'zod';

/** How the head office reaches the shipping middleware. The API key never leaves the head office. */
export const MiddlewareConfigSchema = z.object({
  url: z.url('SHIPPING_MIDDLEWARE_URL must be an http(s) address like https://api.easypost.com'),
  apiKey: z.string().min(1, 'SHIPPING_MIDDLEWARE_KEY must not be empty'),
  /** One request's limit; a hung middleware must not hold a clerk for long. */
  timeoutMs: z.number().int().positive().default(10_000),
  /** Tries per call, the first included, for 429 and 5xx answers and refused connections. */
  maxAttempts: z.number().int().min(1).max(10).default(3),
  /** First back-off after a 5xx; doubles per attempt up to maxBackoffMs. */
  backoffBaseMs: z.number().int().nonnegative().default(250),
  /** Longest wait between tries; a Retry-After longer than this fails the call as RATE_LIMITED. */
  maxBackoffMs: z.number().int().nonnegative().default(5_000),
});
export type MiddlewareConfig = z.output<typeof MiddlewareConfigSchema>;
export type MiddlewareConfigInput = z.input<typeof MiddlewareConfigSchema>;

/**
 * SHIPPING_MIDDLEWARE_URL and SHIPPING_MIDDLEWARE_KEY, both or neither. Without them the head
 * office still runs; middleware carriers are then reported unavailable.
 */
export function middlewareConfigFromEnv(
  env: Record<string, string | undefined>,
): MiddlewareConfig | undefined {
  const url = env.SHIPPING_MIDDLEWARE_URL;
  const apiKey = env.SHIPPING_MIDDLEWARE_KEY;
  if (!url && !apiKey) return undefined;
  if (!url || !apiKey) {
    throw new Error(
      'Set both SHIPPING_MIDDLEWARE_URL and SHIPPING_MIDDLEWARE_KEY, or neither (middleware carriers then stay unavailable)',
    );
  }
  const parsed = MiddlewareConfigSchema.safeParse({ url, apiKey });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}
