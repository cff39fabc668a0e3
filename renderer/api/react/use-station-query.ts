import { useQuery } from '@tanstack/react-query';
import type { UseQueryOptions, UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { StationCallError } from '../station-call-error';
import { stationQueryKey } from './query-keys';
import type { StationQueryKey } from './query-keys';
import { useStationClient } from './station-context';

type ExtraOptions<M extends MethodName> = Omit<
  UseQueryOptions<MethodOutput<M>, StationCallError, MethodOutput<M>, StationQueryKey<M>>,
  'queryKey' | 'queryFn'
>;

/** Reads one station method through the shared cache; pushes keep the answer current. */
export function useStationQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options?: ExtraOptions<M>,
): UseQueryResult<MethodOutput<M>, StationCallError> {
  const client = useStationClient();
  return useQuery({
    ...options,
    queryKey: stationQueryKey(method, input),
    queryFn: () => client.call(method, input),
  });
}
