import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answeringCarrierFailures } from '../../carriers/carrier-failure-reply';
import { createMiddlewareClient } from '../../carriers/middleware/easypost-client';
import { submitManifest } from '../../carriers/submit-manifest';
import type { AppContext } from '../app-context';
import { parseRequest } from '../parse-request';
import { requireStation } from '../station-auth';

const ManifestParams = z.object({ id: z.uuid('A manifest id is a UUID') });

/**
 * Submits a closed manifest of the station's warehouse to its carrier. 200 with the recorded
 * submission (again on a repeat); a carrier failure is recorded in submit_error and answered
 * as 503 (try later) or 422 (fix the manifest).
 */
export function carrierManifestRoute(app: FastifyInstance, ctx: AppContext): void {
  const middleware = ctx.shippingMiddleware
    ? createMiddlewareClient(ctx.shippingMiddleware)
    : undefined;
  app.post('/v1/manifests/:id/submit', async (request, reply) => {
    const caller = await requireStation(ctx.db, request);
    const { id } = parseRequest(ManifestParams, request.params, 'params');
    return answeringCarrierFailures(reply, () =>
      submitManifest(ctx.db, middleware, id, caller.warehouseId),
    );
  });
}
