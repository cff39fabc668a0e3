import type { FastifyInstance } from 'fastify';
import { OrderListQuerySchema } from '../../../shared/api/order-list';
import type { OrderListAnswer } from '../../../shared/api/order-list';
import { listOrders } from '../../queries/list-orders';
import { OrderCursorCodec } from '../../queries/order-cursor';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

export function ordersListRoute(app: FastifyInstance, ctx: AppContext): void {
  const cursors = new OrderCursorCodec(ctx.secretKey);
  app.get('/v1/orders', async (request): Promise<OrderListAnswer> => {
    await requireRole(ctx.db, request, 'viewer');
    const query = parseRequest(OrderListQuerySchema, request.query, 'query');
    return listOrders(ctx.db, query, cursors);
  });
}
