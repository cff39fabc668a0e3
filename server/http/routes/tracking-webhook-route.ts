import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PipelineError } from '../../pipeline/pipeline-error';
import { recordTrackerUpdate } from '../../tracking/record-tracker-update';
import { readTrackerEvent } from '../../tracking/tracker-event';
import {
  TRACKING_SIGNATURE_HEADER,
  verifyTrackingSignature,
} from '../../tracking/tracking-signature';
import type { AppContext } from '../app-context';
import { acceptRawBodies } from '../raw-body-scope';
import { parseJsonBody } from '../webhook-auth';

const Params = z.object({
  carrierCode: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'A carrier code is capitals, digits, - or _'),
});

/**
 * POST /v1/webhooks/tracking/:carrierCode — EasyPost-style tracker events, signed with the
 * head office's tracking webhook secret over the raw body. Answers:
 * - 401 when the signature is missing or wrong (or no secret is configured): nothing changes;
 * - 400 when the body is not a tracker event, with the fields that were wrong;
 * - 404 for a carrier code the head office does not know (a mistyped webhook URL);
 * - 202 `{matched: false}` for a tracking number no shipment carries: the update is parked, not
 *   refused, because the shipment may still be on its way from an offline station, and a
 *   carrier that keeps getting errors retries for days and then disables the webhook;
 * - 200 with what changed otherwise, and for a redelivery (which changes nothing).
 */
export function trackingWebhookRoute(app: FastifyInstance, ctx: AppContext): void {
  void app.register((scope, _options, done) => {
    acceptRawBodies(scope, ['application/json']);
    scope.post('/v1/webhooks/tracking/:carrierCode', async (request, reply) => {
      const secret = ctx.tracking?.webhookSecret ?? '';
      if (secret === '') {
        throw new PipelineError(
          'UNAUTHENTICATED',
          'The head office has no tracking webhook secret; set TRACKING_WEBHOOK_SECRET to the secret the shipping middleware signs with',
        );
      }
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers[TRACKING_SIGNATURE_HEADER];
      if (!verifyTrackingSignature(raw, secret, typeof header === 'string' ? header : undefined)) {
        throw new PipelineError(
          'SIGNATURE_INVALID',
          `The X-Hmac-Signature header is missing or does not match this body and the tracking webhook secret`,
        );
      }
      const params = Params.safeParse(request.params);
      if (!params.success) {
        throw new PipelineError('NOT_FOUND', 'There is no carrier with that code');
      }
      const { carrierCode } = params.data;
      const body = parseJsonBody(raw);
      const event = readTrackerEvent(body);
      if (event.kind === 'other') {
        return reply.status(200).send({
          ignored: true,
          reason: `Event ${event.eventId} is ${event.description}; this endpoint takes tracker.created and tracker.updated`,
        });
      }
      const carrier = await ctx.db
        .selectFrom('carriers')
        .select('code')
        .where('code', '=', carrierCode)
        .executeTakeFirst();
      if (!carrier) {
        throw new PipelineError(
          'NOT_FOUND',
          `There is no carrier ${carrierCode}; point the webhook at /v1/webhooks/tracking/<carrier code>`,
        );
      }
      const outcome = await recordTrackerUpdate(ctx.db, {
        carrierCode,
        update: event.update,
        body,
      });
      return reply.status(outcome.matched ? 200 : 202).send(outcome);
    });
    done();
  });
}
