import { createHash } from 'node:crypto';
import type { ShapeDefinition } from './shape-tables';

/**
 * A handle names one shape definition and one log generation (the compaction horizon when it
 * was issued): after compaction a client behind the horizon is sent a new handle, and the client
 * treats a 409 that repeats its own handle as a stale cache, so the generation must change.
 */
export function shapeHandle(def: ShapeDefinition, compactedBelowTxid: bigint): string {
  return `${definitionHash(def)}-${compactedBelowTxid}`;
}

export function handleMatches(handle: string, def: ShapeDefinition): boolean {
  const [hash, generation] = handle.split('-');
  return hash === definitionHash(def) && generation !== undefined && /^\d+$/.test(generation);
}

function definitionHash(def: ShapeDefinition): string {
  return createHash('sha256')
    .update(`${def.table}\u0000${def.warehouseId}\u0000${def.stationId}\u0000${def.replica}`)
    .digest('hex')
    .slice(0, 16);
}
