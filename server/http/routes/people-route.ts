import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreatePersonSchema } from '../../../shared/api/people';
import { createPerson, deactivatePerson, listPeople } from '../../people/people-directory';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

const PersonIdParams = z.object({ id: z.uuid('A person id is a UUID') });

/** The people who sign in at stations, with the role that decides what they may do there. */
export function peopleRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/people', async (request, reply) => {
    await requireRole(ctx.db, request, 'manager');
    const person = parseRequest(CreatePersonSchema, request.body, 'body');
    return reply.status(201).send(await createPerson(ctx.db, person));
  });
  app.get('/v1/people', async (request) => {
    await requireRole(ctx.db, request, 'viewer');
    return listPeople(ctx.db);
  });
  app.post('/v1/people/:id/deactivate', async (request) => {
    await requireRole(ctx.db, request, 'manager');
    const { id } = parseRequest(PersonIdParams, request.params, 'params');
    return deactivatePerson(ctx.db, id);
  });
}
