import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { FulfilmentReleaseAnswer } from '../../../shared/api/order-actions';
import { releaseFulfilment } from '../../pipeline/release-fulfilment';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

const Params = z.object({ id: z.uuid('A fulfilment is named by its id') });

/** The head office releases a warehouse's work to its floor. */
export function fulfilmentReleaseRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/fulfilments/:id/release', async (request): Promise<FulfilmentReleaseAnswer> => {
    const caller = await requireRole(ctx.db, request, 'manager');
    const { id } = parseRequest(Params, request.params, 'params');
    return releaseFulfilment(ctx.db, id, caller.name);
  });
}
