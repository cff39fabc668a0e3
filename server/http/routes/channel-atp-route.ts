import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AtpQuerySchema } from '../../../shared/api/channel-atp';
import type { AtpAnswer } from '../../../shared/api/channel-atp';
import { PipelineError } from '../../pipeline/pipeline-error';
import { channelAtp } from '../../queries/channel-atp-query';
import type { AppContext } from '../app-context';
import { bearerToken, requireRole } from '../auth';
import { loadChannel, requireChannelKey } from '../channel-auth';
import type { ChannelRecord } from '../channel-auth';
import { parseRequest } from '../parse-request';

const Params = z.object({ channel: z.string().trim().min(1).max(40) });

/** Available-to-promise for a storefront (with its own key) or a person (viewer token). */
export function channelAtpRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get('/v1/channels/:channel/atp', async (request): Promise<AtpAnswer> => {
    const { channel: code } = parseRequest(Params, request.params, 'params');
    const channel = await loadChannel(ctx.db, code);
    await requireChannelKeyOrViewer(ctx, channel, request);
    const { sku } = parseRequest(AtpQuerySchema, request.query, 'query');
    return channelAtp(ctx.db, channel, sku);
  });
}

async function requireChannelKeyOrViewer(
  ctx: AppContext,
  channel: ChannelRecord,
  request: FastifyRequest,
): Promise<void> {
  if (!bearerToken(request)) {
    throw new PipelineError(
      'UNAUTHENTICATED',
      `Send channel ${channel.code}'s API key or a viewer token: Authorization: Bearer <key>`,
    );
  }
  try {
    requireChannelKey(channel, request);
    return;
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
  }
  // Not this channel's key: it may still be a person's API token.
  await requireRole(ctx.db, request, 'viewer');
}
