import type { FastifyInstance } from 'fastify';
import { MutationBatchSchema } from '../../../shared/mutations';
import type { MutationBatchAnswer } from '../../../shared/mutations';
import { applyMutationBatch } from '../../mutations/apply-mutation-batch';
import type { AppContext } from '../app-context';
import { parseRequest } from '../parse-request';
import { requireStation } from '../station-auth';

/** A station's outbox: one outcome per mutation, in the order sent. */
export function mutationsRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/mutations', async (request): Promise<MutationBatchAnswer> => {
    const station = await requireStation(ctx.db, request);
    const batch = parseRequest(MutationBatchSchema, request.body, 'body');
    return { results: await applyMutationBatch(ctx.db, station, batch) };
  });
}
