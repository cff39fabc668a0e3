import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  mapWooCommerceOrder,
  parseWooWebhookPing,
  WOOCOMMERCE_DELIVERY_ID_HEADER,
  WOOCOMMERCE_SIGNATURE_HEADER,
} from '../../channels';
import { captureOrder } from '../../pipeline/capture-order';
import { PipelineError } from '../../pipeline/pipeline-error';
import type { AppContext } from '../app-context';
import { loadChannel } from '../channel-auth';
import { acceptRawBodies } from '../raw-body-scope';
import { headerText, parseJsonBody, requireWebhookSignature } from '../webhook-auth';
import { previousDelivery, rememberDelivery } from '../webhook-receipts';
import { captureAnswer } from './channel-orders-route';

const Params = z.object({ channel: z.string().min(1).max(40) });

/** WooCommerce's order.created webhook, signature-verified, replays ignored, pings answered. */
export function wooCommerceWebhookRoute(app: FastifyInstance, ctx: AppContext): void {
  void app.register((scope, _options, done) => {
    acceptRawBodies(scope, ['application/json', 'application/x-www-form-urlencoded']);
    scope.post('/v1/channels/:channel/webhooks/woocommerce', async (request, reply) => {
      const channel = await loadChannel(ctx.db, Params.parse(request.params).channel);
      const raw = requireWebhookSignature(
        ctx,
        channel,
        'woocommerce',
        request,
        WOOCOMMERCE_SIGNATURE_HEADER,
      );
      // Saving a webhook in WooCommerce sends this ping; failing it makes Woo disable the hook.
      const ping = parseWooWebhookPing(raw);
      if (ping !== undefined) return reply.status(200).send({ ping: true, webhookId: ping });

      const topic = headerText(request, 'x-wc-webhook-topic');
      if (topic !== 'order.created') {
        throw new PipelineError(
          'BAD_REQUEST',
          `Topic ${topic ?? '(none)'} is not one this endpoint handles; use order.created`,
        );
      }
      const deliveryId = headerText(request, WOOCOMMERCE_DELIVERY_ID_HEADER);
      if (!deliveryId)
        throw new PipelineError('BAD_REQUEST', `Missing ${WOOCOMMERCE_DELIVERY_ID_HEADER} header`);
      const replayed = await previousDelivery(ctx.db, channel.id, deliveryId);
      if (replayed !== undefined)
        return reply.status(200).send({ replay: true, outcome: replayed });

      const result = await captureOrder(
        ctx.db,
        channel,
        mapWooCommerceOrder(parseJsonBody(raw)),
        `channel:${channel.code}`,
      );
      if (result.created)
        ctx.metrics.ordersCaptured.inc({ channel: channel.code, status: result.status });
      const outcome = captureAnswer(result);
      await rememberDelivery(ctx.db, channel.id, deliveryId, topic, outcome);
      return reply.status(result.created ? 201 : 200).send(outcome);
    });
    done();
  });
}
