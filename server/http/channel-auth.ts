import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { timingSafeEqual } from 'node:crypto';
import type { ChannelKind } from '../../shared/domain/channel-kind';
import type { CentralDatabase } from '../db/schema';
import type { CaptureChannel } from '../pipeline/capture-order';
import { PipelineError } from '../pipeline/pipeline-error';
import { bearerToken, sha256Hex } from './auth';

export interface ChannelRecord extends CaptureChannel {
  platform: string;
  apiKeyHash: string | null;
  webhookSecretSealed: string | null;
}

const CACHE_MS = 5_000;
const cache = new WeakMap<object, Map<string, { at: number; channel: ChannelRecord }>>();

/**
 * The channel a request names. Every capture asks, so rows are cached for a few seconds per
 * database: a rotated key or secret takes effect within CACHE_MS. Unknown codes are not cached.
 */
export async function loadChannel(
  db: Kysely<CentralDatabase>,
  code: string,
  now = Date.now(),
): Promise<ChannelRecord> {
  let byCode = cache.get(db);
  if (!byCode) {
    byCode = new Map();
    cache.set(db, byCode);
  }
  const hit = byCode.get(code);
  if (hit && now - hit.at < CACHE_MS) return hit.channel;
  const channel = await readChannel(db, code);
  byCode.set(code, { at: now, channel });
  return channel;
}

async function readChannel(db: Kysely<CentralDatabase>, code: string): Promise<ChannelRecord> {
  const row = await db
    .selectFrom('channels')
    .select([
      'id',
      'code',
      'kind',
      'platform',
      'order_prefix',
      'api_key_hash',
      'webhook_secret_sealed',
    ])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `There is no sales channel "${code}"`);
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as ChannelKind,
    orderPrefix: row.order_prefix,
    platform: row.platform,
    apiKeyHash: row.api_key_hash,
    webhookSecretSealed: row.webhook_secret_sealed,
  };
}

/** Channel endpoints take the channel's own API key, kept as a hash. */
export function requireChannelKey(channel: ChannelRecord, request: FastifyRequest): void {
  const token = bearerToken(request);
  if (!token || !channel.apiKeyHash) {
    throw new PipelineError(
      'UNAUTHENTICATED',
      `Send channel ${channel.code}'s API key: Authorization: Bearer <key>`,
    );
  }
  const given = Buffer.from(sha256Hex(token), 'hex');
  const expected = Buffer.from(channel.apiKeyHash, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new PipelineError('UNAUTHENTICATED', `That is not channel ${channel.code}'s API key`);
  }
}
