import { useQueryClient } from '@tanstack/react-query';
import type { PrinterView } from '../../../shared/contract/schemas/printers';
import { stationQueryKey } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { ConfirmRemoveDialog } from '../../components/confirm-remove-dialog';

/** Asks before a printer is taken off the list; `removing` is null while closed. */
export function PrinterRemoveDialog({
  removing,
  onClose,
}: {
  removing: PrinterView | null;
  onClose: () => void;
}) {
  const cache = useQueryClient();
  const remove = useStationMutation('printers.remove', {
    onSuccess: (list) => {
      cache.setQueryData(stationQueryKey('printers.list', {}), list);
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
      title="Remove printer"
      testId="printer-remove"
      explanation={`Remove “${removing?.name ?? ''}”? Nothing more will print on it. What it printed stays in the job history. A printer with jobs still waiting cannot be removed.`}
      errorTitle="The printer was not removed"
      confirmLabel="Remove printer"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => {
        if (removing) remove.mutate({ id: removing.id });
      }}
      onClose={close}
    />
  );
}
