import type { FastifyInstance } from 'fastify';
import { ReasonBodySchema } from '../../../shared/api/order-actions';
import type { CancelOrderAnswer } from '../../../shared/api/order-actions';
import { cancelOrder } from '../../pipeline/cancel-order';
import { findOrderId } from '../../pipeline/order-lock';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';
import { OrderIdParams } from './order-id-params';

/** Cancelling twice answers the same way and changes nothing the second time. */
export function orderCancelRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/orders/:id/cancel', async (request): Promise<CancelOrderAnswer> => {
    const caller = await requireRole(ctx.db, request, 'manager');
    const { id } = parseRequest(OrderIdParams, request.params, 'params');
    const { reason } = parseRequest(ReasonBodySchema, request.body, 'body');
    const outcome = await cancelOrder(ctx.db, await findOrderId(ctx.db, id), caller.name, reason);
    return {
      order: { id: outcome.orderId, number: outcome.number, status: outcome.status },
      changed: outcome.changed,
      releasedUnits: outcome.releasedUnits,
      cancelledFulfilments: outcome.cancelledFulfilments,
      backorders: outcome.backorders,
    };
  });
}
