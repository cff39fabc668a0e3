import { Button, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PickTask } from '../../../shared/contract';
import { SHORT_PICK_REASON_LABELS, SHORT_PICK_REASONS } from '../../../shared/mutations/pick-short';
import type { ShortPickReason } from '../../../shared/mutations/pick-short';
import { KeyButton } from './key-button';
import type { ShortPickInput } from './pick-types';
import { checkShortQuantity, nextReason, reasonForKey } from './short-check';

/**
 * Short pick: why the bin cannot give the units (number keys 1–5), and how many are missing
 * (all the stop still wants, unless typed otherwise). Enter records it, Escape closes.
 */
export function ShortPickDialog({
  opened,
  task,
  onClose,
  onShort,
  saving,
}: {
  opened: boolean;
  task: PickTask;
  onClose: () => void;
  onShort: (input: ShortPickInput) => Promise<void>;
  saving: boolean;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Short pick" size="lg" centered>
      {/* Mounted only while open, so every short starts from the stop's own figures. */}
      {opened && <ShortForm task={task} onShort={onShort} saving={saving} />}
    </Modal>
  );
}

function ShortForm({
  task,
  onShort,
  saving,
}: {
  task: PickTask;
  onShort: (input: ShortPickInput) => Promise<void>;
  saving: boolean;
}) {
  const [reason, setReason] = useState<ShortPickReason>('bin-empty');
  const [quantity, setQuantity] = useState(String(task.quantity));
  const [tried, setTried] = useState(false);
  const check = checkShortQuantity(quantity, task.quantity);
  return (
    <form
      noValidate
      data-testid="short-dialog"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (check.ok) void onShort({ reason, quantity: check.quantity });
      }}
      onKeyDown={(event) => {
        // Digits typed into the quantity stay there; elsewhere they choose the reason. The
        // arrows choose it from anywhere, so the quantity can keep focus.
        const inField = event.target instanceof HTMLInputElement;
        const chosen = inField ? null : reasonForKey(event.key);
        const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
        const next = chosen ?? (step === 0 ? null : nextReason(reason, step));
        if (next) {
          event.preventDefault();
          setReason(next);
        }
      }}
    >
      <Stack gap="md">
        <Text fz="lg">
          {task.bin?.code ?? 'No bin'} · {task.product.sku} · the stop asks for {task.quantity}
        </Text>
        <Stack gap="xs" role="radiogroup" aria-label="Reason">
          {SHORT_PICK_REASONS.map((value, index) => (
            <Button
              key={value}
              size="lg"
              mih={52}
              justify="space-between"
              variant={reason === value ? 'filled' : 'default'}
              role="radio"
              aria-checked={reason === value}
              onClick={() => setReason(value)}
              rightSection={<Kbd>{index + 1}</Kbd>}
              data-testid="short-reason"
              data-reason={value}
            >
              {SHORT_PICK_REASON_LABELS[value]}
            </Button>
          ))}
        </Stack>
        <TextInput
          label="Units missing"
          description="↑ ↓ or 1–5 choose the reason; Enter records it."
          value={quantity}
          onChange={(event) => setQuantity(event.currentTarget.value)}
          error={tried && !check.ok ? check.message : undefined}
          inputMode="numeric"
          autoComplete="off"
          size="xl"
          maw={240}
          data-autofocus
        />
        <KeyButton
          keyHint="Enter"
          type="submit"
          color="orange"
          loading={saving}
          testId="short-submit"
        >
          Record short
        </KeyButton>
      </Stack>
    </form>
  );
}
