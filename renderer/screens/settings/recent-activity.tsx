import { Group, Stack, Text } from '@mantine/core';
import type { ActivityEntry } from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { formatLocalDateTime, formatRecentTime } from '../../format/format-local-time';

const RECENT = { limit: 20 } as const;

/** The newest entries of the station's audit log; new ones arrive by push, no refresh needed. */
export function RecentActivity() {
  const activity = useStationQuery('activity.recent', RECENT);
  return (
    <SectionCard title="Recent activity">
      <QueryView query={activity} what="recent activity">
        {(entries) => <ActivityList entries={entries} />}
      </QueryView>
    </SectionCard>
  );
}

function ActivityList({ entries }: { entries: readonly ActivityEntry[] }) {
  const now = new Date();
  return (
    <Stack
      component="ul"
      gap={0}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="activity-list"
    >
      {entries.length === 0 && (
        <Text component="li" c="dimmed">
          Nothing has happened at this station yet.
        </Text>
      )}
      {entries.map((entry) => (
        <Group
          component="li"
          key={entry.id}
          data-testid="activity-row"
          gap="md"
          py="sm"
          wrap="nowrap"
          align="baseline"
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          <Text
            component="time"
            dateTime={entry.at}
            title={formatLocalDateTime(entry.at)}
            c="dimmed"
            miw={110}
            style={{ whiteSpace: 'nowrap' }}
          >
            {formatRecentTime(entry.at, now)}
          </Text>
          <Text style={{ flex: 1 }}>{entry.summary}</Text>
          <Text c="dimmed" fz="sm">
            {entry.actor}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
