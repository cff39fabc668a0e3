import { useMutation } from '@tanstack/react-query';
import type { UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { StationCallError } from '../station-call-error';
import { useStationClient } from './station-context';

type ExtraOptions<M extends MethodName, Context> = Omit<
  UseMutationOptions<MethodOutput<M>, StationCallError, MethodInput<M>, Context>,
  'mutationFn'
>;

/** Calls a station method that changes something; errors arrive as StationCallError. */
export function useStationMutation<M extends MethodName, Context = unknown>(
  method: M,
  options?: ExtraOptions<M, Context>,
): UseMutationResult<MethodOutput<M>, StationCallError, MethodInput<M>, Context> {
  const client = useStationClient();
  return useMutation({
    ...options,
    mutationFn: (input: MethodInput<M>) => client.call(method, input),
  });
}
