import { z } from 'zod';
import type { ShapeCaller } from './shape-scope';
import { guardShapeRequest } from './shape-request-guard';
import { SHAPE_TABLES } from './shape-tables';
import type { ShapeTable } from './shape-tables';

/**
 * The parameters of Electric's protocol a station chooses for itself: where it is in the shape
 * log and how it waits for more. None of them changes which rows or columns it receives.
 * `live_sse` and `log` are delivery modes (SSE instead of long-polling; skip the initial
 * snapshot); `expired_handle` and `cache-buster` only keep caches from answering a stale URL —
 * the client lists all of them as the ones a proxy passes through.
 */
export const PROTOCOL_PARAMS = [
  'offset',
  'handle',
  'live',
  'cursor',
  'live_sse',
  'log',
  'expired_handle',
  'cache-buster',
] as const;

const proxyQuery = z.looseObject({
  table: z.string({ error: 'Name the shape: ?table=<table>' }),
  offset: z.string({ error: 'Send an offset: -1 for a snapshot' }),
  handle: z.string().optional(),
  live: z.enum(['true', 'false']).optional(),
  live_sse: z.enum(['true', 'false']).optional(),
  cursor: z.string().optional(),
  // Accepted as the built-in feed accepts it, but the head office always asks Electric for full
  // rows: every station then shares one shape per warehouse, and the replica gets whole rows.
  replica: z.enum(['default', 'full']).optional(),
  log: z.enum(['full', 'changes_only']).optional(),
  expired_handle: z.string().optional(),
  'cache-buster': z.string().optional(),
});

export interface ProxyRequest {
  table: ShapeTable;
  /** The station's protocol parameters, in the order it sent them. */
  protocol: [string, string][];
}

/** Reads a station's shape request, refusing it exactly as the built-in feed does. */
export function readProxyRequest(query: unknown): ProxyRequest {
  const parsed = proxyQuery.parse(query);
  const table = guardShapeRequest(parsed);
  const allowed: readonly string[] = PROTOCOL_PARAMS;
  const protocol: [string, string][] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (allowed.includes(key) && typeof value === 'string') protocol.push([key, value]);
  }
  return { table, protocol };
}

/** The rows of a table one station may see, as an Electric where clause on the row itself. */
export interface StationFilter {
  where?: string;
  params: string[];
}

export function stationFilter(table: ShapeTable, caller: ShapeCaller): StationFilter {
  const scope = SHAPE_TABLES[table].scope;
  switch (scope) {
    case 'own_warehouse':
      return { where: 'id = $1', params: [caller.warehouseId] };
    case 'warehouse_id':
      return { where: 'warehouse_id = $1', params: [caller.warehouseId] };
    // Electric filters rows by their own columns (migration 0004 puts the bin's warehouse on
    // each bin_stock row), never through a subquery on bins.
    case 'bin_id':
      return { where: 'warehouse_id = $1', params: [caller.warehouseId] };
    case 'reference':
      return { params: [] };
    case 'own_station':
      return { where: 'station_id = $1', params: [caller.stationId] };
    default: {
      // A new scope must be decided here before the proxy serves it.
      const unhandled: never = scope;
      throw new Error(`No Electric filter for shape scope ${String(unhandled)}`);
    }
  }
}

/** Electric's columns list: names as in the database, quoted only where Postgres would need it. */
export function columnsParam(columns: readonly string[]): string {
  return columns
    .map((c) => (/^[a-z_][a-z0-9_]*$/.test(c) ? c : `"${c.replaceAll('"', '""')}"`))
    .join(',');
}

/**
 * The request the head office makes of Electric: the shape from the station's identity, the
 * station's position in it, and the head office's secret.
 */
export function electricShapeUrl(
  endpoint: URL,
  request: ProxyRequest,
  filter: StationFilter,
  columns: readonly string[],
  secret: string | undefined,
): URL {
  const url = new URL(endpoint);
  url.search = '';
  url.searchParams.set('table', request.table);
  if (filter.where) url.searchParams.set('where', filter.where);
  filter.params.forEach((value, i) => url.searchParams.set(`params[${i + 1}]`, value));
  url.searchParams.set('columns', columnsParam(columns));
  url.searchParams.set('replica', 'full');
  for (const [key, value] of request.protocol) url.searchParams.set(key, value);
  if (secret) url.searchParams.set('secret', secret);
  return url;
}

/** `/v1/shape` on the configured Electric, whether ELECTRIC_URL names the service or the path. */
export function electricShapeEndpoint(electricUrl: string): URL {
  let base: URL;
  try {
    base = new URL(electricUrl);
  } catch {
    throw new Error(`ELECTRIC_URL ${electricUrl} is not a URL such as http://electric:3000`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new Error(`ELECTRIC_URL ${electricUrl} must start with http:// or https://`);
  }
  if (base.pathname.replace(/\/+$/, '').endsWith('/v1/shape')) return base;
  const path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return new URL(`${path}v1/shape`, base.origin);
}
