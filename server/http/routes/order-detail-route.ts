import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OrderDetailAnswer } from '../../../shared/api/order-detail';
import { orderDetail } from '../../queries/order-detail-query';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

const Params = z.object({ idOrNumber: z.string().trim().min(1).max(64) });

/** One order by id or by its number, with its lines, fulfilments, reservations and timeline. */
export function orderDetailRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get('/v1/orders/:idOrNumber', async (request): Promise<OrderDetailAnswer> => {
    await requireRole(ctx.db, request, 'viewer');
    const { idOrNumber } = parseRequest(Params, request.params, 'params');
    return { order: await orderDetail(ctx.db, idOrNumber) };
  });
}
