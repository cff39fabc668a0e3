import type { MethodInput, MethodName } from '../../../shared/contract';

/** Every cached station answer lives under this prefix, keyed by method and input. */
export const STATION_QUERY_ROOT = 'station';

export type StationQueryKey<M extends MethodName> = readonly [
  typeof STATION_QUERY_ROOT,
  M,
  MethodInput<M>,
];

export function stationQueryKey<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): StationQueryKey<M> {
  return [STATION_QUERY_ROOT, method, input];
}

/** Matches every cached answer of one method, whatever its input. */
export function methodQueryPrefix(method: MethodName): readonly [string, MethodName] {
  return [STATION_QUERY_ROOT, method];
}
