import { Stack, Title } from '@mantine/core';
import { useStationQuery } from '../../api/react/use-station-query';
import { EnrolledOnly } from '../../components/enrolled-only';
import { QueryView } from '../../components/query-view';
import { ConnectionSection } from './connection-section';
import { OutboxSection } from './outbox-section';
import { ProblemsSection } from './problems-section';
import { ShapesSection } from './shapes-section';

/** Everything about the station's link with the head office, live (see push-cache-sync). */
export function SyncPage() {
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>Sync</Title>
      <EnrolledOnly why="There is nothing to sync until this station has a head office.">
        <SyncScreen />
      </EnrolledOnly>
    </Stack>
  );
}

function SyncScreen() {
  const overview = useStationQuery('sync.overview', {});
  return (
    <Stack gap="lg">
      <QueryView query={overview} what="the sync state">
        {(data) => (
          <Stack gap="lg">
            <ConnectionSection overview={data} />
            <OutboxSection />
            <ShapesSection shapes={data.shapes} />
            <ProblemsSection problems={data.problems} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
