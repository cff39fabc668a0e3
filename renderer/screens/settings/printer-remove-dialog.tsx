import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { PrinterView } from '../../../shared/contract/schemas/printers';
import { stationQueryKey } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { ErrorNotice } from '../../components/error-notice';

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
    <Modal opened={removing !== null} onClose={close} title="Remove printer" centered>
      {removing !== null && (
        <Stack gap="md" data-testid="printer-remove">
          <Text>
            Remove “{removing.name}”? Nothing more will print on it. What it printed stays in the
            job history. A printer with jobs still waiting cannot be removed.
          </Text>
          {remove.error && <ErrorNotice title="The printer was not removed" error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate({ id: removing.id })}
            >
              Remove printer
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
