import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { SerialScannerStatus } from '../../../shared/contract';
import { methodQueryPrefix, stationQueryKey } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { ErrorNotice } from '../../components/error-notice';

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
    <Modal opened={removing !== null} onClose={close} title="Remove serial scanner" centered>
      {removing !== null && (
        <Stack gap="md" data-testid="serial-scanner-remove">
          <Text>
            Remove “{removing.name}”? The station stops reading {removing.path}. Scans it already
            made are kept, and the scanner can be added again later.
          </Text>
          {remove.error && <ErrorNotice title="The scanner was not removed" error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate({ id: removing.id })}
            >
              Remove scanner
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
