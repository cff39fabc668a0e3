import type { FastifyInstance } from 'fastify';
import { StockAdjustmentSchema } from '../../../shared/api/stock-adjustment';
import { adjustStock } from '../../pipeline/adjust-stock';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

/** A counted correction of one bin, with the reason it was needed. */
export function stockAdjustmentsRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/stock/adjustments', async (request, reply) => {
    const caller = await requireRole(ctx.db, request, 'manager');
    const adjustment = parseRequest(StockAdjustmentSchema, request.body, 'body');
    return reply.status(201).send(await adjustStock(ctx.db, adjustment, caller.name));
  });
}
