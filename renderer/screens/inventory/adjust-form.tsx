import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { BinStockRow } from '../../../shared/contract';
import {
  STOCK_ADJUST_REASON_LABELS,
  STOCK_ADJUST_REASONS,
  StockAdjustReasonSchema,
} from '../../../shared/mutations/stock-adjust';
import { ErrorNotice } from '../../components/error-notice';
import { describeOutcome } from './adjust-check';
import type { AdjustMode } from './adjust-check';
import { describePack } from './inventory-texts';
import { useAdjustForm } from './use-adjust-form';

const MODES: { value: AdjustMode; label: string }[] = [
  { value: 'count', label: 'Counted quantity' },
  { value: 'change', label: 'Change in units' },
];

const REASONS = STOCK_ADJUST_REASONS.map((reason) => ({
  value: reason,
  label: STOCK_ADJUST_REASON_LABELS[reason],
}));

export function AdjustForm({
  row,
  onSaved,
  onCancel,
}: {
  row: BinStockRow;
  onSaved: (row: BinStockRow) => void;
  onCancel: () => void;
}) {
  const form = useAdjustForm(row, onSaved);
  const pack = describePack(row);
  const counting = form.draft.mode === 'count';
  return (
    <form onSubmit={form.onSubmit} noValidate data-testid="adjust-form">
      <Stack gap="md">
        <SegmentedControl
          data={MODES}
          value={form.draft.mode}
          onChange={(value) => form.setMode(value === 'change' ? 'change' : 'count')}
          size="lg"
          w="fit-content"
        />
        {pack && <Text c="orange">{pack}</Text>}
        <TextInput
          // A new mode is a new question: the field starts empty with focus for the answer.
          key={form.draft.mode}
          label={counting ? 'Counted quantity' : 'Change in units'}
          description={
            counting
              ? `How many are in ${row.binCode} now. The station shows ${row.onHand}.`
              : 'Minus for units gone (e.g. -2), plus for units found (e.g. 3).'
          }
          value={form.draft.quantity}
          onChange={(event) => form.update({ quantity: event.currentTarget.value })}
          error={form.quantityError}
          inputMode={counting ? 'numeric' : 'text'}
          autoComplete="off"
          size="xl"
          maw={420}
          autoFocus
        />
        {form.check.delta !== null && form.check.delta !== 0 && (
          <Text fz="lg" data-testid="adjust-outcome">
            On hand will be {describeOutcome(row.onHand, form.check.delta)}
          </Text>
        )}
        <Select
          label="Reason"
          data={REASONS}
          value={form.draft.reason}
          onChange={(value) => {
            const reason = StockAdjustReasonSchema.safeParse(value);
            if (reason.success) form.update({ reason: reason.data });
          }}
          allowDeselect={false}
          size="lg"
          maw={320}
        />
        <TextInput
          label={form.draft.reason === 'other' ? 'Note (required)' : 'Note (optional)'}
          value={form.draft.note}
          onChange={(event) => form.update({ note: event.currentTarget.value })}
          error={form.noteError}
          size="lg"
          maw={480}
          autoComplete="off"
        />
        <Group>
          <Button
            type="submit"
            size="lg"
            loading={form.saving}
            leftSection={<IconDeviceFloppy size={22} />}
          >
            Save count
          </Button>
          <Button variant="default" size="lg" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
        {form.error && <ErrorNotice title="The change was not saved" error={form.error} />}
      </Stack>
    </form>
  );
}
