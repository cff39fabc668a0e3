import { useQueryClient } from '@tanstack/react-query';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useTopic } from '../../api/react/use-topic';

/** Keeps printer lists and job lists current: the station pushes every printer change. */
export function usePrintersLive(): void {
  const cache = useQueryClient();
  useTopic('printers.changed', () => {
    void cache.invalidateQueries({ queryKey: methodQueryPrefix('printers.list') });
    void cache.invalidateQueries({ queryKey: methodQueryPrefix('printers.jobs') });
  });
}
