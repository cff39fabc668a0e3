import { Button, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { SyncOverview } from '../../../shared/contract';
import { refetchSyncState } from '../../api/react/sync-cache-updates';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { describeHeadOffice } from '../../app/status-bar/describe-head-office';
import { StatusItem } from '../../app/status-bar/status-item';
import { ErrorNotice } from '../../components/error-notice';
import { FactTable } from '../../components/fact-table';
import { SectionCard } from '../../components/section-card';
import { formatRecentTime } from '../../format/format-local-time';
import { describeOutboxCounts } from './sync-texts';

/** Is the head office reachable, when did changes last go up, and a way not to wait. */
export function ConnectionSection({ overview }: { overview: SyncOverview }) {
  const cache = useQueryClient();
  const retry = useStationMutation('outbox.retryNow', {
    onSuccess: () => refetchSyncState(cache),
  });
  const now = new Date();
  const time = (iso: string) => formatRecentTime(iso, now);
  const retryButton = (
    <Button
      size="lg"
      leftSection={<IconRefresh size={22} />}
      onClick={() => retry.mutate({})}
      loading={retry.isPending}
    >
      Retry now
    </Button>
  );
  return (
    <SectionCard title="Connection" action={retryButton} testId="sync-connection">
      <Stack gap="md">
        <StatusItem
          status={describeHeadOffice(overview.connection, time)}

          testId="sync-connection-state"
        />
        <StatusItem
          status={describeOutboxCounts(overview.outbox)}

          testId="sync-outbox-counts"
        />
        <FactTable
          facts={[
            {
              label: 'Last upload',
              value: overview.lastUploadAt ? time(overview.lastUploadAt) : 'Nothing uploaded yet',
            },
            {
              label: 'Next try',
              value: overview.nextUploadAttemptAt
                ? `${time(overview.nextUploadAttemptAt)} (or press Retry now)`
                : 'Not waiting',
            },
          ]}
        />
        {retry.isSuccess && (
          <Group>
            <Text c="dimmed" role="status">
              Trying now.
            </Text>
          </Group>
        )}
        {retry.error && <ErrorNotice title="Could not retry" error={retry.error} />}
      </Stack>
    </SectionCard>
  );
}
