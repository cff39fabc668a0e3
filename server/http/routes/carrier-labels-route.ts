import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CarrierLabelRequestSchema } from '../../../shared/contract/schemas/carrier-api';
import { answeringCarrierFailures } from '../../carriers/carrier-failure-reply';
import { buyCarrierLabel, voidCarrierLabel } from '../../carriers/carrier-labels';
import { createMiddlewareClient } from '../../carriers/middleware/easypost-client';
import type { AppContext } from '../app-context';
import { parseRequest } from '../parse-request';
import { requireStation } from '../station-auth';

const ParcelParams = z.object({ parcelId: z.uuid('A parcel id is a UUID') });

/**
 * Labels bought through the shipping middleware: buy (idempotent per parcel: 201 when bought
 * now, 200 with the same label when it already was) and void (refund + voided_at).
 */
export function carrierLabelsRoute(app: FastifyInstance, ctx: AppContext): void {
  const deps = {
    db: ctx.db,
    middleware: ctx.shippingMiddleware ? createMiddlewareClient(ctx.shippingMiddleware) : undefined,
  };
  app.post('/v1/carriers/labels', async (request, reply) => {
    const caller = await requireStation(ctx.db, request);
    const body = parseRequest(CarrierLabelRequestSchema, request.body, 'body');
    return answeringCarrierFailures(reply, async () => {
      const label = await buyCarrierLabel(deps, caller, body);
      return reply.status(label.newlyBought ? 201 : 200).send(label);
    });
  });
  app.post('/v1/carriers/labels/:parcelId/void', async (request, reply) => {
    const caller = await requireStation(ctx.db, request);
    const { parcelId } = parseRequest(ParcelParams, request.params, 'params');
    return answeringCarrierFailures(reply, () => voidCarrierLabel(deps, caller, parcelId));
  });
}
