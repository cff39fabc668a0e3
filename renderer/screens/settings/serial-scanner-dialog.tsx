import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import {
  SCANNER_BAUD_RATES,
  SCANNER_TERMINATORS,
  type SerialPortInfo,
  type ScannerTerminator,
} from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { ErrorNotice } from '../../components/error-notice';
import type { SerialScannerForm } from './serial-scanner-form';
import { useSerialScannerEditor } from './use-serial-scanner-editor';

const TERMINATOR_LABELS: Readonly<Record<ScannerTerminator, string>> = {
  CR: 'CR (carriage return)',
  LF: 'LF (line feed)',
  CRLF: 'CR LF',
};

/** Add or change a serial scanner; `editing` is null while closed. */
export function SerialScannerDialog({
  editing,
  onClose,
}: {
  editing: SerialScannerForm | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing?.id === null ? 'Add a serial scanner' : 'Change serial scanner'}
      size="lg"
      centered
    >
      {/* Mounted only while open, so each opening starts from the scanner's saved settings. */}
      {editing !== null && <SerialScannerEditor initial={editing} onDone={onClose} />}
    </Modal>
  );
}

function SerialScannerEditor({
  initial,
  onDone,
}: {
  initial: SerialScannerForm;
  onDone: () => void;
}) {
  const editor = useSerialScannerEditor(initial, onDone);
  const ports = useStationQuery('scanners.ports', {});
  const found = ports.data?.ports ?? [];
  return (
    <form onSubmit={editor.onSubmit} noValidate data-testid="serial-scanner-form">
      <Stack gap="md">
        <TextInput
          label="Scanner name"
          description='Recorded with every scan, e.g. "Pack bench 2".'
          value={editor.form.name}
          onChange={(event) => editor.change('name', event.currentTarget.value)}
          error={editor.fieldErrors.name}
          autoComplete="off"
          data-autofocus
        />
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <Autocomplete
            size="lg"
            label="Port"
            description={portsDescription(ports.isPending, found)}
            placeholder="/dev/ttyUSB0 or COM3"
            data={found.map((port) => port.path)}
            renderOption={({ option }) => (
              <PortOption port={found.find((p) => p.path === option.value)} path={option.value} />
            )}
            value={editor.form.path}
            onChange={(value) => editor.change('path', value)}
            error={editor.fieldErrors.path}
            style={{ flex: 1 }}
            autoComplete="off"
            spellCheck={false}
          />
          <Tooltip label="Look for ports again">
            <ActionIcon
              variant="default"
              size="input-lg"
              aria-label="Look for ports again"
              onClick={() => void ports.refetch()}
              loading={ports.isFetching}
              mb={editor.fieldErrors.path ? 24 : 0}
            >
              <IconRefresh size={20} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {ports.isError && (
          <ErrorNotice title="Could not list this computer's ports" error={ports.error} />
        )}
        <Group grow align="flex-start">
          <Select
            size="lg"
            label="Baud rate"
            description="As set on the scanner; 9600 from the factory."
            data={SCANNER_BAUD_RATES.map(String)}
            value={editor.form.baudRate}
            onChange={(value) => editor.change('baudRate', value ?? '')}
            error={editor.fieldErrors.baudRate}
            allowDeselect={false}
          />
          <Select
            size="lg"
            label="Sent after each barcode"
            description="As set on the scanner."
            data={SCANNER_TERMINATORS.map((value) => ({ value, label: TERMINATOR_LABELS[value] }))}
            value={editor.form.terminator}
            onChange={(value) => {
              const picked = SCANNER_TERMINATORS.find((terminator) => terminator === value);
              if (picked) editor.change('terminator', picked);
            }}
            error={editor.fieldErrors.terminator}
            allowDeselect={false}
          />
        </Group>
        <Switch
          size="md"
          label="Read scans from this scanner"
          description="Off keeps its settings but closes the port."
          checked={editor.form.enabled}
          onChange={(event) => editor.change('enabled', event.currentTarget.checked)}
        />
        {editor.formError && (
          <ErrorNotice title="The scanner was not saved" error={editor.formError} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={editor.saving}>
            {editor.isNew ? 'Add scanner' : 'Save scanner'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function portsDescription(loading: boolean, found: readonly SerialPortInfo[]): string {
  if (loading) return 'Looking for serial ports…';
  if (found.length === 0) return 'No serial port found; plug the scanner in, or type the port.';
  return 'Choose a port this computer has, or type one.';
}

function PortOption({ port, path }: { port: SerialPortInfo | undefined; path: string }) {
  const maker = port?.manufacturer ?? null;
  const usedBy = port?.usedBy ?? null;
  return (
    <Stack gap={0}>
      <Text>{path}</Text>
      {(maker !== null || usedBy !== null) && (
        <Text fz="sm" c="dimmed">
          {[maker, usedBy === null ? null : `used by ${usedBy}`].filter(Boolean).join(' · ')}
        </Text>
      )}
    </Stack>
  );
}
