import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StationCallError } from '../api/station-call-error';
import { ErrorNotice } from './error-notice';

/**
 * "Remove this?" for a device set up at the station: what removing means, the station's refusal
 * if it says no, Keep it / Remove. The caller owns the call and closes the dialog on success.
 */
export function ConfirmRemoveDialog({
  opened,
  title,
  testId,
  explanation,
  errorTitle,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  testId: string;
  explanation: ReactNode;
  errorTitle: string;
  confirmLabel: string;
  pending: boolean;
  error: StationCallError | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {opened && (
        <Stack gap="md" data-testid={testId}>
          <Text>{explanation}</Text>
          {error && <ErrorNotice title={errorTitle} error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button color="red" loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
