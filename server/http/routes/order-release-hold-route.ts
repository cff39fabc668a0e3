import type { FastifyInstance } from 'fastify';
import { ReasonBodySchema } from '../../../shared/api/order-actions';
import type { ReleaseHoldAnswer } from '../../../shared/api/order-actions';
import { findOrderId } from '../../pipeline/order-lock';
import { releaseHold } from '../../pipeline/release-hold';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';
import { OrderIdParams } from './order-id-params';

/** A manager checked a held order: it is confirmed and allocated at once. */
export function orderReleaseHoldRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/orders/:id/release-hold', async (request): Promise<ReleaseHoldAnswer> => {
    const caller = await requireRole(ctx.db, request, 'manager');
    const { id } = parseRequest(OrderIdParams, request.params, 'params');
    const { reason } = parseRequest(ReasonBodySchema, request.body, 'body');
    const outcome = await releaseHold(ctx.db, await findOrderId(ctx.db, id), caller.name, reason);
    return {
      order: { id: outcome.orderId, number: outcome.number, status: outcome.status },
      fulfilments: outcome.fulfilments,
      backorderedUnits: outcome.backorderedUnits,
    };
  });
}
