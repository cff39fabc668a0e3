import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';

/** Asks why before a reprint or a void; the reason is logged with it. */
export function ReasonDialog({
  title,
  action,
  opened,
  onClose,
  onConfirm,
}: {
  title: string;
  action: string;
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (reason.trim().length < 3) {
      setError('Say why (at least 3 characters).');
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      setReason('');
      setError(null);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'It did not work.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label="Reason"
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-testid="ship-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} data-testid="ship-reason-confirm">
              {action}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
