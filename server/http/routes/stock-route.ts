import type { FastifyInstance } from 'fastify';
import { StockQuerySchema } from '../../../shared/api/stock-read';
import type { StockAnswer } from '../../../shared/api/stock-read';
import { stockOverview } from '../../queries/stock-query';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

export function stockRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get('/v1/stock', async (request): Promise<StockAnswer> => {
    await requireRole(ctx.db, request, 'viewer');
    return stockOverview(ctx.db, parseRequest(StockQuerySchema, request.query, 'query'));
  });
}
