import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useStationQuery } from '../../api/react/use-station-query';
import { useTopic } from '../../api/react/use-topic';
import { QueryView } from '../../components/query-view';
import { refetchFloor } from '../pick/floor-cache';
import { ExceptionList } from './exception-list';
import { wavesInProgress } from './floor-texts';
import { PickRateTable } from './pick-rate-table';
import { WaveProgressList } from './wave-progress-list';

// "Last hour" slides with the clock even when nothing is picked, so it is read again each minute.
const REFRESH_MS = 60_000;

export function FloorOverviewView() {
  const cache = useQueryClient();
  const overview = useStationQuery('floor.overview', {}, { refetchInterval: REFRESH_MS });
  useTopic('floor.changed', () => refetchFloor(cache));
  return (
    <QueryView query={overview} what="the floor">
      {(floor) => (
        <Stack gap="lg" data-testid="floor-overview">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <Figure
              label="Pick lists in progress"
              value={wavesInProgress(floor.waves).length}
              testId="floor-waves-count"
            />
            <Figure
              label="Units picked, last hour"
              value={floor.unitsPickedLastHour}
              testId="floor-units-last-hour"
            />
            <Figure
              label="Released orders waiting"
              value={floor.releasedWaiting}
              testId="floor-waiting"
            />
            <Figure label="Packed today" value={floor.packedToday} testId="floor-packed-today" />
          </SimpleGrid>
          <WaveProgressList waves={floor.waves} />
          <Group align="flex-start" grow wrap="wrap">
            <PickRateTable rates={floor.pickRates} />
            <ExceptionList exceptions={floor.exceptions} />
          </Group>
        </Stack>
      )}
    </QueryView>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text fz="sm" tt="uppercase" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={36} fw={800} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}
