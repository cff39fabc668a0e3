import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { WaveSummary } from '../../../shared/contract';
import { describeProgress, describeWave, progressPercent } from './pick-texts';

/** This station's unfinished pick lists, newest first; each one opens where it was left. */
export function OpenWaveList({
  waves,
  onOpen,
}: {
  waves: readonly WaveSummary[];
  onOpen: (waveId: string) => void;
}) {
  if (waves.length === 0) return <Text c="dimmed">No open pick lists at this station.</Text>;
  return (
    <Stack gap="sm">
      {waves.map((wave) => (
        <Button
          key={wave.id}
          variant="default"
          size="xl"
          h="auto"
          py="sm"
          justify="flex-start"
          onClick={() => onOpen(wave.id)}
          data-testid="pick-wave-row"
          data-wave={wave.number}
          styles={{ label: { width: '100%' } }}
        >
          <Stack gap={6} w="100%">
            <Group justify="space-between" wrap="wrap">
              <Text fz="lg" fw={700}>
                {describeWave(wave)}
              </Text>
              <Text fz="md">{describeProgress(wave)}</Text>
            </Group>
            <Progress value={progressPercent(wave)} size="md" aria-hidden />
          </Stack>
        </Button>
      ))}
    </Stack>
  );
}
