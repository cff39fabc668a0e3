import { Group, Stack, Text } from '@mantine/core';
import type { SyncProblem } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { formatLocalDateTime, formatRecentTime } from '../../format/format-local-time';
import { describeProblemPlace } from './sync-texts';

/** The last things that went wrong, in the station's own words, newest first. */
export function ProblemsSection({ problems }: { problems: readonly SyncProblem[] }) {
  const now = new Date();
  return (
    <SectionCard title="Recent problems" testId="sync-problems">
      {problems.length === 0 ? (
        <Text c="dimmed">No problems recently.</Text>
      ) : (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {problems.map((problem, index) => (
            <Group
              component="li"
              key={`${problem.at}-${index}`}
              gap="md"
              py="sm"
              wrap="nowrap"
              align="baseline"
              data-testid="sync-problem"
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <Text
                component="time"
                dateTime={problem.at}
                title={formatLocalDateTime(problem.at)}
                c="dimmed"
                miw={110}
                style={{ whiteSpace: 'nowrap' }}
              >
                {formatRecentTime(problem.at, now)}
              </Text>
              <Text fw={600} miw={150}>
                {describeProblemPlace(problem.where)}
              </Text>
              <Text style={{ flex: 1 }}>{problem.message}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
