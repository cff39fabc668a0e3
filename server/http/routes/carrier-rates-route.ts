import type { FastifyInstance } from 'fastify';
import {
  CarrierRatesRequestSchema,
  type CarrierRatesAnswer,
} from '../../../shared/contract/schemas/carrier-api';
import { activeCarriers } from '../../carriers/carrier-directory';
import { createMiddlewareClient } from '../../carriers/middleware/easypost-client';
import { shopMiddlewareRates } from '../../carriers/middleware/rate-shop';
import type { AppContext } from '../app-context';
import { parseRequest } from '../parse-request';
import { requireStation } from '../station-auth';

/**
 * Rates from every active middleware carrier for one parcel. Always 200 once the request is
 * valid: a carrier (or the whole middleware) that cannot quote is listed under `unavailable`.
 * Rate-card carriers are not here: the station quotes those itself, offline.
 */
export function carrierRatesRoute(app: FastifyInstance, ctx: AppContext): void {
  const middleware = ctx.shippingMiddleware
    ? createMiddlewareClient(ctx.shippingMiddleware)
    : undefined;
  app.post('/v1/carriers/rates', async (request): Promise<CarrierRatesAnswer> => {
    const caller = await requireStation(ctx.db, request);
    const body = parseRequest(CarrierRatesRequestSchema, request.body, 'body');
    const carriers = await activeCarriers(ctx.db, 'middleware');
    const answer = await shopMiddlewareRates(middleware, carriers, {
      weightGrams: body.weightGrams,
      ...body.dims,
      origin: body.origin,
      destination: body.destination,
      reference: body.parcelId,
    });
    request.log.info(
      { station: caller.stationId, quotes: answer.quotes.length, unavailable: answer.unavailable },
      'carrier rates',
    );
    return answer;
  });
}
