import { PipelineError } from '../pipeline/pipeline-error';
import { isShapeTable, SHAPE_TABLES } from './shape-tables';
import type { ShapeTable } from './shape-tables';

/**
 * Query parameters that would let a station choose its own rows or columns, or pass Electric a
 * credential: the head office sets those from the station's identity, in both modes.
 */
const REFUSED_PARAMS =
  /^(where|columns|params(\[.*\])?|subset__.*|queryable_columns|secret|api_secret)$/;

/** The table a station asked for, once nothing in its query tries to widen what it gets. */
export function guardShapeRequest(query: { table: string } & Record<string, unknown>): ShapeTable {
  const refused = Object.keys(query).filter((k) => REFUSED_PARAMS.test(k));
  if (refused.length > 0) {
    throw new PipelineError(
      'BAD_REQUEST',
      `The head office decides which rows and columns a station syncs; do not send ${refused.join(', ')}`,
    );
  }
  if (!isShapeTable(query.table)) {
    throw new PipelineError(
      'PERMISSION_DENIED',
      `Stations cannot sync ${query.table}; the shapes are ${Object.keys(SHAPE_TABLES).join(', ')}`,
    );
  }
  return query.table;
}
