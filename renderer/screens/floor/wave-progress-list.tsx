import { Group, Progress, Stack, Text } from '@mantine/core';
import type { WaveSummary } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { describeProgress, describeWave, progressPercent } from '../pick/pick-texts';
import { wavesInProgress } from './floor-texts';

/** Every station's pick lists in progress, with who is walking them and how far they are. */
export function WaveProgressList({ waves }: { waves: readonly WaveSummary[] }) {
  const open = wavesInProgress(waves);
  return (
    <SectionCard title="Pick lists in progress" testId="floor-waves">
      {open.length === 0 ? (
        <Text c="dimmed">No pick lists in progress.</Text>
      ) : (
        <Stack gap="md">
          {open.map((wave) => (
            <Stack key={wave.id} gap={4} data-testid="floor-wave" data-wave={wave.number}>
              <Group justify="space-between" wrap="wrap">
                <Text fz="lg" fw={700}>
                  {describeWave(wave)}
                </Text>
                <Text fz="lg">
                  {wave.person} · {wave.station}
                </Text>
              </Group>
              <Progress
                value={progressPercent(wave)}
                size="lg"
                aria-label={`${wave.number} progress`}
              />
              <Text data-testid="floor-wave-progress">{describeProgress(wave)}</Text>
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
