import { Badge, Group, Stack, Text } from '@mantine/core';
import type { FloorException } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { formatRecentTime } from '../../format/format-local-time';
import { describeExceptionSource, exceptionBadge, newestFirst } from './floor-texts';

/** Short picks and refused scans across the warehouse, and refused changes, newest first. */
export function ExceptionList({ exceptions }: { exceptions: readonly FloorException[] }) {
  const now = new Date();
  return (
    <SectionCard title="Exceptions" testId="floor-exceptions">
      {exceptions.length === 0 ? (
        <Text c="dimmed">No short picks or refused scans.</Text>
      ) : (
        <Stack gap="sm">
          {newestFirst(exceptions).map((exception, index) => (
            <Stack
              key={`${exception.at}:${index}`}
              gap={2}
              data-testid="floor-exception"
              data-kind={exception.kind}
            >
              <Group gap="sm">
                <Badge color={exception.kind === 'short' ? 'orange' : 'red'} size="lg">
                  {exceptionBadge(exception)}
                </Badge>
                <Text c="dimmed">
                  {formatRecentTime(exception.at, now)} · {describeExceptionSource(exception)}
                </Text>
              </Group>
              <Text fz="lg">{exception.text}</Text>
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
