import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { PrinterView } from '../../../shared/contract/schemas/printers';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { useStationQuery } from '../../api/react/use-station-query';
import { ErrorNotice } from '../../components/error-notice';
import { QueryView } from '../../components/query-view';
import { PrinterDialog } from './printer-dialog';
import { DRIVER_LABELS, KIND_LABELS, NEW_PRINTER, printerToForm } from './printer-form';
import type { PrinterForm } from './printer-form';
import { PrinterRemoveDialog } from './printer-remove-dialog';
import { describeWaiting, printerStateView } from './printer-state';

/** The station's printers, each with its state and the way to change, test or remove it. */
export function PrinterList() {
  const printers = useStationQuery('printers.list', {});
  const [editing, setEditing] = useState<PrinterForm | null>(null);
  const [removing, setRemoving] = useState<PrinterView | null>(null);
  const testPrint = useStationMutation('printers.testPrint');

  return (
    <Stack gap="sm" data-testid="printers">
      <Group justify="space-between">
        <Text c="dimmed" fz="sm" maw={560}>
          Label, receipt and A4 printers this station prints to. A job waits here until its printer
          takes it, so nothing is lost while a printer is off or out of paper.
        </Text>
        <Button leftSection={<IconPlus size={20} />} onClick={() => setEditing(NEW_PRINTER)}>
          Add printer
        </Button>
      </Group>
      {testPrint.error && (
        <ErrorNotice title="The test print was not sent" error={testPrint.error} />
      )}
      <QueryView query={printers} what="printers">
        {(data) =>
          data.printers.length === 0 ? (
            <Text c="dimmed">No printers yet. Add the label printer first.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" fz="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Printer</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.printers.map((printer) => (
                    <PrinterRow
                      key={printer.id}
                      printer={printer}
                      testing={testPrint.isPending && testPrint.variables.id === printer.id}
                      onTest={() => testPrint.mutate({ id: printer.id })}
                      onEdit={() => setEditing(printerToForm(printer))}
                      onRemove={() => setRemoving(printer)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <PrinterDialog editing={editing} onClose={() => setEditing(null)} />
      <PrinterRemoveDialog removing={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function PrinterRow({
  printer,
  testing,
  onTest,
  onEdit,
  onRemove,
}: {
  printer: PrinterView;
  testing: boolean;
  onTest: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const state = printerStateView(printer);
  const waiting = describeWaiting(printer.waiting);
  return (
    <Table.Tr data-testid="printer-row" data-printer-state={printer.status.state}>
      <Table.Td>
        <Group gap="xs">
          <Text fw={600}>{printer.name}</Text>
          {printer.isDefault && (
            <Badge variant="outline" color="gray">
              Default
            </Badge>
          )}
        </Group>
        <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {KIND_LABELS[printer.kind]} · {DRIVER_LABELS[printer.driver]} · {printer.address}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge color={state.color} variant="light" size="lg" data-testid="printer-state">
            {state.label}
          </Badge>
          {waiting !== null && (
            <Text fz="sm" fw={600} data-testid="printer-waiting">
              {waiting}
            </Text>
          )}
          {state.detail !== null && (
            <Text fz="sm" c={state.color === 'red' ? 'red' : 'dimmed'}>
              {state.detail}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="md"
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={onTest}
            loading={testing}
            disabled={!printer.enabled}
            aria-label={`Test print on ${printer.name}`}
          >
            Test print
          </Button>
          <Button
            size="md"
            variant="default"
            leftSection={<IconPencil size={18} />}
            onClick={onEdit}
            aria-label={`Change ${printer.name}`}
          >
            Change
          </Button>
          <Button
            size="md"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={18} />}
            onClick={onRemove}
            aria-label={`Remove ${printer.name}`}
          >
            Remove
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
