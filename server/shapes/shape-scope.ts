import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { requireStation } from '../http/station-auth';

/** Whose rows a caller may sync: decided by the server from the caller's identity. */
export interface ShapeCaller {
  warehouseId: string;
  stationId: string;
}

/** Resolves the caller or throws a PipelineError refusal (401/403/404). */
export type ShapeScope = (request: FastifyRequest) => Promise<ShapeCaller>;

/**
 * Only an enrolled station syncs, and its token alone decides the warehouse (a `?warehouse=`
 * an older station still sends is ignored). API tokens are for people's tools, not for sync.
 */
export function stationShapeScope(db: Kysely<CentralDatabase>): ShapeScope {
  return async (request) => {
    const station = await requireStation(db, request);
    return { warehouseId: station.warehouseId, stationId: station.stationId };
  };
}
