import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ensureConsignmentRanges } from '../../carriers/consignment-ranges';
import type { AppContext } from '../app-context';
import { parseRequest } from '../parse-request';
import { requireStation } from '../station-auth';

const CarrierParams = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'A carrier code is capitals, digits, - or _'),
});

/**
 * A station's consignment-number blocks for a rate-card carrier, topped up with a new block when
 * fewer than a fifth of one is left: 201 when a block was cut, 200 when the existing ones do.
 */
export function carrierRangesRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/carriers/:code/consignment-ranges', async (request, reply) => {
    const caller = await requireStation(ctx.db, request);
    const { code } = parseRequest(CarrierParams, request.params, 'params');
    const answer = await ensureConsignmentRanges(ctx.db, {
      stationId: caller.stationId,
      warehouseId: caller.warehouseId,
      carrierCode: code,
    });
    return reply.status(answer.allocated ? 201 : 200).send(answer);
  });
}
