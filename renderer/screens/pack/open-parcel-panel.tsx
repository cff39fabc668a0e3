import { Alert, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPackage, IconPackageExport } from '@tabler/icons-react';
import type { PackState } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { KeyButton } from '../pick/key-button';
import { closeBlocked, formatWeight } from './pack-texts';

/**
 * The parcel on the bench: units verified into it, the suggested box (a scanned box label
 * chooses another), the weight (prefilled with the estimate, typed or read off the scale), and
 * the two ways to close it.
 */
export function OpenParcelPanel({
  state,
  boxCode,
  onBox,
  weightText,
  weightError,
  onWeight,
  onClose,
  onCloseLast,
  busy,
}: {
  state: PackState;
  boxCode: string | null;
  onBox: (code: string) => void;
  weightText: string;
  weightError: string | null;
  onWeight: (text: string) => void;
  onClose: () => void;
  onCloseLast: () => void;
  busy: boolean;
}) {
  const parcel = state.openParcel;
  const blocked = closeBlocked(state);
  const boxes = state.boxes.map((box) => ({
    value: box.code,
    label: `${box.code} · ${box.name} (${box.lengthMm}×${box.widthMm}×${box.heightMm} mm)`,
  }));
  return (
    <SectionCard title={`Parcel ${parcel.number}`} testId="pack-open-parcel">
      <Stack gap="md">
        <Group gap="xl" wrap="wrap">
          <Text fz={28} fw={700} data-testid="pack-parcel-units">
            {parcel.units} {parcel.units === 1 ? 'unit' : 'units'} in this parcel
          </Text>
          <Text fz="lg" data-testid="pack-suggested-box">
            {parcel.suggestedBox
              ? `Suggested box: ${parcel.suggestedBox.code} · ${parcel.suggestedBox.name}`
              : 'No box suggested'}
          </Text>
          <Text fz="lg">Estimated {formatWeight(parcel.estimatedWeightGrams)}</Text>
        </Group>
        {parcel.boxProblem && (
          <Alert color="orange" data-testid="pack-box-problem">
            {parcel.boxProblem}
          </Alert>
        )}
        <Group gap="md" align="flex-start" wrap="wrap">
          <Select
            label="Box (or scan its label)"
            data={boxes}
            value={boxCode}
            onChange={(value) => value && onBox(value)}
            allowDeselect={false}
            searchable
            size="lg"
            w={420}
            data-testid="pack-box"
          />
          <TextInput
            label="Weight (g)"
            value={weightText}
            onChange={(event) => onWeight(event.currentTarget.value)}
            error={weightError}
            inputMode="numeric"
            autoComplete="off"
            size="lg"
            w={200}
            data-testid="pack-weight"
          />
        </Group>
        <Group gap="md" wrap="wrap">
          <KeyButton
            keyHint="F8"
            leftSection={<IconPackage size={24} />}
            onClick={onClose}
            disabled={blocked !== null}
            loading={busy}
            testId="pack-close-parcel"
          >
            Close parcel
          </KeyButton>
          <KeyButton
            keyHint="F9"
            color="teal"
            leftSection={<IconPackageExport size={24} />}
            onClick={onCloseLast}
            disabled={blocked !== null}
            loading={busy}
            testId="pack-close-last"
          >
            Close last parcel
          </KeyButton>
        </Group>
        {blocked && <Text c="dimmed">{blocked}</Text>}
      </Stack>
    </SectionCard>
  );
}
