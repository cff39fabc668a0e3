import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { SerialScannerStatus } from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';
import { formatRecentTime } from '../../format/format-local-time';
import { SerialScannerDialog } from './serial-scanner-dialog';
import {
  NEW_SERIAL_SCANNER,
  serialScannerToForm,
  type SerialScannerForm,
} from './serial-scanner-form';
import { SerialScannerRemoveDialog } from './serial-scanner-remove-dialog';
import { describeLastScan, serialScannerStateView } from './serial-scanner-state';
import { useScannerSectionVisible } from './use-scanner-section-visible';

// Often enough to see a scanner come up when it is plugged in, cheap for a local call.
const REFRESH_MS = 2_000;

/** Serial (USB-COM) scanners of this station, with whether each is reading right now. */
export function SerialScannerList() {
  const ref = useRef<HTMLDivElement>(null);
  const visible = useScannerSectionVisible(ref);
  const scanners = useStationQuery(
    'scanners.list',
    {},
    { refetchInterval: visible ? REFRESH_MS : false },
  );
  const [editing, setEditing] = useState<SerialScannerForm | null>(null);
  const [removing, setRemoving] = useState<SerialScannerStatus | null>(null);

  return (
    <Stack gap="sm" ref={ref} data-testid="serial-scanners">
      <Group justify="space-between">
        <Stack gap={0}>
          <Text fw={600} fz="lg">
            Serial scanners
          </Text>
          <Text c="dimmed" fz="sm">
            Scanners plugged in as a serial (USB-COM) port. They are read by this station.
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={20} />} onClick={() => setEditing(NEW_SERIAL_SCANNER)}>
          Add serial scanner
        </Button>
      </Group>
      <QueryView query={scanners} what="serial scanners">
        {(data) =>
          data.scanners.length === 0 ? (
            <Text c="dimmed">No serial scanners yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" fz="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Scanner</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>Last scan</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.scanners.map((scanner) => (
                    <SerialScannerRow
                      key={scanner.id}
                      scanner={scanner}
                      onEdit={() => setEditing(serialScannerToForm(scanner))}
                      onRemove={() => setRemoving(scanner)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <SerialScannerDialog editing={editing} onClose={() => setEditing(null)} />
      <SerialScannerRemoveDialog removing={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function SerialScannerRow({
  scanner,
  onEdit,
  onRemove,
}: {
  scanner: SerialScannerStatus;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const state = serialScannerStateView(scanner);
  const now = new Date();
  return (
    <Table.Tr data-testid="serial-scanner-row">
      <Table.Td>
        <Text fw={600}>{scanner.name}</Text>
        <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {scanner.path} · {scanner.baudRate} baud · ends {scanner.terminator}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge color={state.color} variant="light" size="lg" data-testid="serial-scanner-state">
            {state.label}
          </Badge>
          {state.detail !== null && (
            <Text fz="sm" c={state.color === 'red' ? 'red' : 'dimmed'}>
              {state.detail}
            </Text>
          )}
          {scanner.lastRejected !== null && (
            <Text fz="sm" c="dimmed">
              Last input thrown away ({formatRecentTime(scanner.lastRejected.at, now)}):{' '}
              {scanner.lastRejected.reason}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {describeLastScan(scanner.lastScanAt, (iso) => formatRecentTime(iso, now))}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="md"
            variant="default"
            leftSection={<IconPencil size={18} />}
            onClick={onEdit}
            aria-label={`Change ${scanner.name}`}
          >
            Change
          </Button>
          <Button
            size="md"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={18} />}
            onClick={onRemove}
            aria-label={`Remove ${scanner.name}`}
          >
            Remove
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
