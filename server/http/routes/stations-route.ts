import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  EnrolmentCodeRequestSchema,
  EnrolRequestSchema,
} from '../../../shared/api/station-enrolment';
import { enrolStation } from '../../stations/enrol-station';
import { issueEnrolmentCode } from '../../stations/issue-enrolment-code';
import { listStations, revokeStation } from '../../stations/station-directory';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

const StationIdParams = z.object({ id: z.uuid('A station id is a UUID') });

/** Enrolment (a manager's one-time code, traded once for a station token) and revocation. */
export function stationsRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/stations/enrolment-codes', async (request, reply) => {
    const caller = await requireRole(ctx.db, request, 'manager');
    const body = parseRequest(EnrolmentCodeRequestSchema, request.body, 'body');
    return reply.status(201).send(await issueEnrolmentCode(ctx.db, body, caller.name));
  });
  // No bearer token: the code is the credential, and it works once.
  app.post('/v1/stations/enrol', async (request, reply) => {
    const body = parseRequest(EnrolRequestSchema, request.body, 'body');
    return reply.status(201).send(await enrolStation(ctx.db, body));
  });
  app.get('/v1/stations', async (request) => {
    await requireRole(ctx.db, request, 'manager');
    return listStations(ctx.db);
  });
  app.post('/v1/stations/:id/revoke', async (request) => {
    await requireRole(ctx.db, request, 'manager');
    const { id } = parseRequest(StationIdParams, request.params, 'params');
    return { station: await revokeStation(ctx.db, id) };
  });
}
