import { useQueryClient } from '@tanstack/react-query';
import type { SerialScannerStatus } from '../../../shared/contract';
import { methodQueryPrefix, stationQueryKey } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { ConfirmRemoveDialog } from '../../components/confirm-remove-dialog';

/** Asks before a scanner is taken off the list; `removing` is null while closed. */
export function SerialScannerRemoveDialog({
  removing,
  onClose,
}: {
  removing: SerialScannerStatus | null;
  onClose: () => void;
}) {
  const cache = useQueryClient();
  const remove = useStationMutation('scanners.remove', {
    onSuccess: (list) => {
      cache.setQueryData(stationQueryKey('scanners.list', {}), list);
      void cache.invalidateQueries({ queryKey: methodQueryPrefix('scanners.ports') });
      onClose();
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmRemoveDialog
      opened={removing !== null}
      title="Remove serial scanner"
      testId="serial-scanner-remove"
      explanation={`Remove “${removing?.name ?? ''}”? The station stops reading ${removing?.path ?? ''}. Scans it already made are kept, and the scanner can be added again later.`}
      errorTitle="The scanner was not removed"
      confirmLabel="Remove scanner"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => {
        if (removing) remove.mutate({ id: removing.id });
      }}
      onClose={close}
    />
  );
}
