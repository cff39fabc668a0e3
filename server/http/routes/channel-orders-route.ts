import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OrderCaptureSchema } from '../../../shared/api/order-capture';
import { captureOrder } from '../../pipeline/capture-order';
import type { CaptureResult } from '../../pipeline/capture-order';
import { PipelineError } from '../../pipeline/pipeline-error';
import type { AppContext } from '../app-context';
import { loadChannel, requireChannelKey } from '../channel-auth';

const Params = z.object({ channel: z.string().min(1).max(40) });

export function captureAnswer(result: CaptureResult) {
  return {
    order: {
      id: result.orderId,
      number: result.number,
      status: result.status,
      holdReasons: result.holdReasons,
    },
    created: result.created,
  };
}

/** The generic JSON API for custom storefronts, POS and marketplace middleware. */
export function channelOrdersRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/channels/:channel/orders', async (request, reply) => {
    const { channel: code } = Params.parse(request.params);
    const channel = await loadChannel(ctx.db, code);
    requireChannelKey(channel, request);
    const parsed = OrderCaptureSchema.safeParse(request.body);
    if (!parsed.success) {
      ctx.metrics.captureRejected.inc({ channel: code, code: 'BAD_REQUEST' });
      throw new PipelineError(
        'BAD_REQUEST',
        'The order is not valid; nothing was stored',
        parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.') || '(body)',
          message: i.message,
        })),
      );
    }
    const result = await captureOrder(ctx.db, channel, parsed.data, `channel:${code}`);
    if (result.created) ctx.metrics.ordersCaptured.inc({ channel: code, status: result.status });
    return reply.status(result.created ? 201 : 200).send(captureAnswer(result));
  });
}
