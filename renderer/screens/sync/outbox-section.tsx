import { Table, Text } from '@mantine/core';
import type { OutboxEntry } from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { StatusItem } from '../../app/status-bar/status-item';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { formatLocalDateTime, formatRecentTime } from '../../format/format-local-time';
import { describeOutboxEntry, outboxEntryStage } from './sync-texts';

const RECENT = { limit: 50 } as const;

/** The changes made at this station, newest first, and where each one stands. */
export function OutboxSection() {
  const outbox = useStationQuery('outbox.list', RECENT);
  return (
    <SectionCard title="Changes made here" testId="sync-outbox">
      <QueryView query={outbox} what="the changes made here">
        {(entries) => <OutboxTable entries={entries} />}
      </QueryView>
    </SectionCard>
  );
}

function OutboxTable({ entries }: { entries: readonly OutboxEntry[] }) {
  if (entries.length === 0) {
    return <Text c="dimmed">No changes have been made at this station yet.</Text>;
  }
  const now = new Date();
  return (
    <Table withTableBorder verticalSpacing="sm" fz="md">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Change</Table.Th>
          <Table.Th>By</Table.Th>
          <Table.Th>When</Table.Th>
          <Table.Th>State</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id} data-testid="outbox-entry" data-stage={outboxEntryStage(entry)}>
            <Table.Td>{entry.description}</Table.Td>
            <Table.Td>{entry.personName}</Table.Td>
            <Table.Td>
              <time dateTime={entry.createdAt} title={formatLocalDateTime(entry.createdAt)}>
                {formatRecentTime(entry.createdAt, now)}
              </time>
            </Table.Td>
            <Table.Td>
              <StatusItem status={describeOutboxEntry(entry)} testId="outbox-state" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
