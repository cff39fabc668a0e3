import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  mapShopifyCancellation,
  mapShopifyOrder,
  SHOPIFY_HMAC_HEADER,
  SHOPIFY_WEBHOOK_ID_HEADER,
} from '../../channels';
import { cancelOrder } from '../../pipeline/cancel-order';
import { captureOrder } from '../../pipeline/capture-order';
import { PipelineError } from '../../pipeline/pipeline-error';
import type { AppContext } from '../app-context';
import { loadChannel } from '../channel-auth';
import { acceptRawBodies } from '../raw-body-scope';
import { headerText, parseJsonBody, requireWebhookSignature } from '../webhook-auth';
import { previousDelivery, rememberDelivery } from '../webhook-receipts';
import { captureAnswer } from './channel-orders-route';

const Params = z.object({ channel: z.string().min(1).max(40) });

/** Shopify's orders/create and orders/cancelled webhooks, HMAC-verified, replays ignored. */
export function shopifyWebhookRoute(app: FastifyInstance, ctx: AppContext): void {
  void app.register((scope, _options, done) => {
    acceptRawBodies(scope, ['application/json']);
    scope.post('/v1/channels/:channel/webhooks/shopify', async (request, reply) => {
      const channel = await loadChannel(ctx.db, Params.parse(request.params).channel);
      const raw = requireWebhookSignature(ctx, channel, 'shopify', request, SHOPIFY_HMAC_HEADER);
      const deliveryId = headerText(request, SHOPIFY_WEBHOOK_ID_HEADER);
      const topic = headerText(request, 'x-shopify-topic');
      if (!deliveryId)
        throw new PipelineError('BAD_REQUEST', `Missing ${SHOPIFY_WEBHOOK_ID_HEADER} header`);
      const replayed = await previousDelivery(ctx.db, channel.id, deliveryId);
      if (replayed !== undefined)
        return reply.status(200).send({ replay: true, outcome: replayed });

      const body = parseJsonBody(raw);
      let outcome: unknown;
      if (topic === 'orders/create') {
        const result = await captureOrder(
          ctx.db,
          channel,
          mapShopifyOrder(body),
          `channel:${channel.code}`,
        );
        if (result.created)
          ctx.metrics.ordersCaptured.inc({ channel: channel.code, status: result.status });
        outcome = captureAnswer(result);
      } else if (topic === 'orders/cancelled') {
        const cancellation = mapShopifyCancellation(body);
        const order = await ctx.db
          .selectFrom('orders')
          .select('id')
          .where('channel_id', '=', channel.id)
          .where('external_id', '=', cancellation.externalId)
          .executeTakeFirst();
        if (!order) {
          throw new PipelineError(
            'NOT_FOUND',
            `Shopify order ${cancellation.externalId} was never captured on channel ${channel.code}`,
          );
        }
        const reason = `Cancelled in Shopify${cancellation.reason ? ` (${cancellation.reason})` : ''}`;
        outcome = {
          cancelled: await cancelOrder(ctx.db, order.id, `channel:${channel.code}`, reason),
        };
      } else {
        throw new PipelineError(
          'BAD_REQUEST',
          `Topic ${topic ?? '(none)'} is not one this endpoint handles; subscribe it to orders/create and orders/cancelled`,
        );
      }
      await rememberDelivery(ctx.db, channel.id, deliveryId, topic, outcome);
      return reply.status(200).send(outcome);
    });
    done();
  });
}
