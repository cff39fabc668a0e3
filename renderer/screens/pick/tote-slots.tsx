import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { WaveKind } from '../../../shared/mutations/wave-start';
import { totesRequired } from './pick-start-check';

/** The tote labels for the list: a scan fills the next empty one; each can also be typed. */
export function ToteSlots({
  kind,
  totes,
  onChange,
}: {
  kind: WaveKind;
  totes: readonly string[];
  onChange: (index: number, value: string) => void;
}) {
  const hint =
    kind === 'cluster'
      ? 'One tote per order: scan each tote label.'
      : kind === 'single'
        ? 'Scan the tote label for this order.'
        : 'Scan the cart label (optional).';
  return (
    <Stack gap="xs" data-testid="tote-slots">
      <Text fz="lg">{hint}</Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {totes.map((tote, index) => (
          <TextInput
            key={index}
            label={`Tote ${index + 1}${totesRequired(kind) ? '' : ' (optional)'}`}
            value={tote}
            onChange={(event) => onChange(index, event.currentTarget.value.toUpperCase())}
            size="lg"
            autoComplete="off"
            data-testid="tote-slot"
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
