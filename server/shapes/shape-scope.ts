import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { CentralDatabase } from '../db/schema';
import { requireRole } from '../http/auth';
import { PipelineError } from '../pipeline/pipeline-error';

/** Whose rows a caller may sync: decided by the server from the caller's identity. */
export interface ShapeCaller {
  warehouseId: string;
}

/** Resolves the caller or throws a PipelineError refusal (401/403/404). */
export type ShapeScope = (request: FastifyRequest) => Promise<ShapeCaller>;

const warehouseQuery = z.object({
  warehouse: z
    .string({ error: 'Name the warehouse to sync: ?warehouse=<code>' })
    .regex(/^[A-Z0-9]{2,8}$/, 'A warehouse code is 2–8 capital letters or digits'),
});

/**
 * Until stations are enrolled, an API token (viewer or above) plus the warehouse code stands in
 * for the station's identity. Enrolment replaces this function with one that reads the warehouse
 * from the station's own token, and the feed does not change.
 */
export function apiTokenShapeScope(db: Kysely<CentralDatabase>): ShapeScope {
  return async (request) => {
    await requireRole(db, request, 'viewer');
    const parsed = warehouseQuery.safeParse(request.query);
    if (!parsed.success) {
      throw new PipelineError(
        'BAD_REQUEST',
        parsed.error.issues[0]?.message ?? 'Name the warehouse to sync',
      );
    }
    const warehouse = await db
      .selectFrom('warehouses')
      .select('id')
      .where('code', '=', parsed.data.warehouse)
      .executeTakeFirst();
    if (!warehouse) {
      throw new PipelineError('NOT_FOUND', `There is no warehouse ${parsed.data.warehouse}`);
    }
    return { warehouseId: warehouse.id };
  };
}
