import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { PrintJobView } from '../../../shared/contract/schemas/printers';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { useStationQuery } from '../../api/react/use-station-query';
import { ErrorNotice } from '../../components/error-notice';
import { QueryView } from '../../components/query-view';
import { formatRecentTime } from '../../format/format-local-time';
import { PrinterGiveUpDialog } from './printer-give-up-dialog';
import { describeJobDocument } from './printer-state';

/** Jobs not yet on paper, oldest first, with the printer's words and what a person can do. */
export function PrinterJobs() {
  const jobs = useStationQuery('printers.jobs', { which: 'waiting' });
  const retry = useStationMutation('printers.retryNow');
  const [givingUp, setGivingUp] = useState<PrintJobView | null>(null);
  return (
    <Stack gap="sm" data-testid="printer-jobs">
      <Text fw={600} fz="lg">
        Waiting to print
      </Text>
      {retry.error && <ErrorNotice title="Could not try again" error={retry.error} />}
      <QueryView query={jobs} what="print jobs">
        {(data) =>
          data.jobs.length === 0 ? (
            <Text c="dimmed">Nothing waiting: every job has printed.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" fz="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Document</Table.Th>
                    <Table.Th>Printer</Table.Th>
                    <Table.Th>Tries</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.jobs.map((job) => (
                    <JobRow
                      key={job.id}
                      job={job}
                      retrying={retry.isPending && retry.variables.jobId === job.id}
                      onRetry={() => retry.mutate({ jobId: job.id })}
                      onGiveUp={() => setGivingUp(job)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <PrinterGiveUpDialog job={givingUp} onClose={() => setGivingUp(null)} />
    </Stack>
  );
}

function JobRow({
  job,
  retrying,
  onRetry,
  onGiveUp,
}: {
  job: PrintJobView;
  retrying: boolean;
  onRetry: () => void;
  onGiveUp: () => void;
}) {
  const sending = job.state === 'sending';
  return (
    <Table.Tr data-testid="print-job-row">
      <Table.Td>
        <Text fw={600}>{describeJobDocument(job)}</Text>
        <Text fz="sm" c="dimmed">
          Queued {formatRecentTime(job.createdAt, new Date())}
          {job.reprintReason ? ` · reprint: ${job.reprintReason}` : ''}
        </Text>
        {job.lastError && (
          <Text fz="sm" c="red" data-testid="print-job-error">
            {job.lastError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Text>{job.printerName}</Text>
          <Badge variant="light" color={sending ? 'blue' : 'yellow'}>
            {sending ? 'Sending' : 'Queued'}
          </Badge>
        </Stack>
      </Table.Td>
      <Table.Td>{job.attempts}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="md"
            variant="default"
            leftSection={<IconPlayerPlay size={18} />}
            onClick={onRetry}
            loading={retrying}
            disabled={sending}
            aria-label={`Try ${describeJobDocument(job)} again now`}
          >
            Try now
          </Button>
          <Button
            size="md"
            variant="subtle"
            color="red"
            leftSection={<IconX size={18} />}
            onClick={onGiveUp}
            disabled={sending}
            aria-label={`Give up on ${describeJobDocument(job)}`}
          >
            Give up
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
