import type { FastifyRequest } from 'fastify';
import { openSecret, verifyHmacSha256Base64 } from '../channels';
import { PipelineError } from '../pipeline/pipeline-error';
import type { AppContext } from './app-context';
import type { ChannelRecord } from './channel-auth';

/** Refuses anything not signed with this channel's webhook secret over these exact bytes. */
export function requireWebhookSignature(
  ctx: AppContext,
  channel: ChannelRecord,
  platform: 'shopify' | 'woocommerce',
  request: FastifyRequest,
  header: string,
): Buffer {
  if (channel.platform !== platform) {
    throw new PipelineError(
      'NOT_FOUND',
      `Channel ${channel.code} does not take ${platform} webhooks`,
    );
  }
  if (!channel.webhookSecretSealed) {
    throw new PipelineError(
      'UNAUTHENTICATED',
      `Channel ${channel.code} has no webhook secret configured`,
    );
  }
  const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const signature = request.headers[header];
  // Sealed with the channel id as context, so a sealed secret copied onto another channel fails.
  const secret = openSecret(channel.webhookSecretSealed, ctx.secretKey, channel.id);
  if (!verifyHmacSha256Base64(raw, secret, typeof signature === 'string' ? signature : undefined)) {
    ctx.metrics.captureRejected.inc({ channel: channel.code, code: 'SIGNATURE_INVALID' });
    throw new PipelineError(
      'SIGNATURE_INVALID',
      `The ${header} signature does not match this body and channel ${channel.code}'s secret`,
    );
  }
  return raw;
}

export function headerText(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

export function parseJsonBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new PipelineError('BAD_REQUEST', 'The webhook body is not valid JSON');
  }
}
