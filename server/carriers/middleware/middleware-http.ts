import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { CarrierError } from '../carrier-error';
import type { MiddlewareConfig } from './middleware-config';
import { MiddlewareErrorBodySchema } from './easypost-schemas';
import { parseRetryAfter, retryDelayMs } from './retry-delay';

export interface MiddlewareCall {
  method: 'GET' | 'POST';
  /** Path under the base URL, e.g. /v2/shipments. */
  path: string;
  body?: unknown;
  /** Who the call is for, so a failure names them: "UPS" rather than "the middleware". */
  carrierCode?: string;
}

type Answer =
  | { kind: 'ok'; text: string }
  | { kind: 'retry'; error: CarrierError; retryAfterMs: number | null };

/**
 * One call to the middleware: basic auth with the API key, a timeout per try, 429 and 5xx
 * retried with back-off (a Retry-After within our cap is honoured), every answer checked against
 * `schema`. Fails only with CarrierError.
 *
 * A timed-out try is not retried: the clerk has already waited the whole timeout, and a purchase
 * that timed out may have gone through — the caller's idempotency (carrier_labels) decides.
 */
export async function callMiddleware<S extends z.ZodType>(
  config: MiddlewareConfig,
  call: MiddlewareCall,
  schema: S,
): Promise<z.output<S>> {
  const text = await sendWithRetries(config, call);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new CarrierError(
      'BAD_RESPONSE',
      'The shipping middleware answered with something that is not JSON; try again later',
      { carrierCode: call.carrierCode ?? null, detail: text.slice(0, 200), cause },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new CarrierError(
      'BAD_RESPONSE',
      'The shipping middleware answered in a form the head office does not understand; try again later',
      {
        carrierCode: call.carrierCode ?? null,
        detail: parsed.error.issues
          .map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
          .join('; '),
      },
    );
  }
  return parsed.data;
}

async function sendWithRetries(config: MiddlewareConfig, call: MiddlewareCall): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const answer = await sendOnce(config, call);
    if (answer.kind === 'ok') return answer.text;
    const delay = retryDelayMs(config, attempt, answer.retryAfterMs);
    if (delay === null) throw answer.error;
    await sleep(delay);
  }
}

async function sendOnce(config: MiddlewareConfig, call: MiddlewareCall): Promise<Answer> {
  const carrierCode = call.carrierCode ?? null;
  const headers: Record<string, string> = {
    authorization: `Basic ${Buffer.from(`${config.apiKey}:`).toString('base64')}`,
    accept: 'application/json',
  };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    // Joined as text so a base URL with a path (https://host/easypost) keeps it.
    response = await fetch(`${config.url.replace(/\/+$/, '')}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? null : JSON.stringify(call.body),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'TimeoutError') {
      throw new CarrierError(
        'TIMEOUT',
        `The shipping middleware did not answer within ${Math.round(config.timeoutMs / 100) / 10} s; try again later`,
        { carrierCode, cause },
      );
    }
    const error = new CarrierError(
      'UNAVAILABLE',
      'The shipping middleware cannot be reached; the parcel waits for its label until it can',
      { carrierCode, detail: cause instanceof Error ? cause.message : String(cause), cause },
    );
    return { kind: 'retry', error, retryAfterMs: null };
  }
  if (response.ok) return { kind: 'ok', text };
  const said = middlewareMessage(text);
  if (response.status === 429) {
    const error = new CarrierError(
      'RATE_LIMITED',
      'The shipping middleware is turning away requests for now (rate limit); try again in a minute',
      { carrierCode, detail: said },
    );
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    return { kind: 'retry', error, retryAfterMs };
  }
  if (response.status >= 500) {
    const error = new CarrierError(
      'UNAVAILABLE',
      `The shipping middleware is failing (HTTP ${response.status}); the parcel waits for its label until it recovers`,
      { carrierCode, detail: said },
    );
    return { kind: 'retry', error, retryAfterMs: null };
  }
  if (response.status === 401 || response.status === 403) {
    throw new CarrierError(
      'NOT_CONFIGURED',
      'The shipping middleware refused the head office API key; an administrator must check SHIPPING_MIDDLEWARE_KEY',
      { carrierCode, detail: said },
    );
  }
  throw new CarrierError('REFUSED', `The carrier refused: ${said}`, { carrierCode, detail: said });
}

/** The middleware's own sentence from an error body, with its field errors; else the raw start. */
function middlewareMessage(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim().slice(0, 200) || 'no reason given';
  }
  const parsed = MiddlewareErrorBodySchema.safeParse(json);
  if (!parsed.success) return text.trim().slice(0, 200) || 'no reason given';
  const { message, errors } = parsed.data.error;
  const fields = (errors ?? []).map((e) =>
    typeof e === 'string' ? e : `${e.field}: ${e.message}`,
  );
  return fields.length > 0 ? `${message} (${fields.join('; ')})` : message;
}
