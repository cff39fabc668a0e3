import type { QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../../shared/contract';
import { methodQueryPrefix } from '../../api/react/query-keys';

/** Every read the floor screens show; 'floor.changed' means any of them may have moved. */
const FLOOR_READS: readonly MethodName[] = [
  'pick.waves',
  'pick.candidates',
  'pick.state',
  'pack.state',
  'floor.overview',
];

export function refetchFloor(cache: QueryClient): void {
  for (const method of FLOOR_READS) {
    void cache.invalidateQueries({ queryKey: methodQueryPrefix(method) });
  }
}
