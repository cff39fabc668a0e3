import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ensureSsccRanges } from '../../shipping/sscc-ranges';
import type { AppContext } from '../app-context';
import { parseRequest } from '../parse-request';
import { requireStation } from '../station-auth';

/** The station asks with an empty body: who it is comes from its token, never from the request. */
const SsccRangesRequest = z.object({}).strict().optional();

/**
 * A station's SSCC serial-reference blocks, topped up with a new block when fewer than a fifth
 * of one is left unused: 201 when a block was cut, 200 otherwise (configured: false when the
 * company has no GS1 prefix, so its labels carry no SSCC).
 */
export function ssccRangesRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/sscc-ranges', async (request, reply) => {
    const caller = await requireStation(ctx.db, request);
    parseRequest(SsccRangesRequest, request.body ?? undefined, 'body');
    const answer = await ensureSsccRanges(ctx.db, {
      stationId: caller.stationId,
      warehouseId: caller.warehouseId,
    });
    return reply.status(answer.allocated ? 201 : 200).send(answer);
  });
}
