import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { PRINTER_DRIVERS, PRINTER_KINDS } from '../../../shared/contract/schemas/printers';
import { ErrorNotice } from '../../components/error-notice';
import { ADDRESS_HINTS, DRIVER_LABELS, KIND_LABELS } from './printer-form';
import type { PrinterForm } from './printer-form';
import { usePrinterEditor } from './printer-editor';

/** Add or change a printer; `editing` is null while closed. */
export function PrinterDialog({
  editing,
  onClose,
}: {
  editing: PrinterForm | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing?.id === null ? 'Add a printer' : 'Change printer'}
      size="lg"
      centered
    >
      {/* Mounted only while open, so each opening starts from the printer's saved settings. */}
      {editing !== null && <PrinterEditor initial={editing} onDone={onClose} />}
    </Modal>
  );
}

function PrinterEditor({ initial, onDone }: { initial: PrinterForm; onDone: () => void }) {
  const editor = usePrinterEditor(initial, onDone);
  const address = ADDRESS_HINTS[editor.form.driver];
  return (
    <form onSubmit={editor.onSubmit} noValidate data-testid="printer-form">
      <Stack gap="md">
        <TextInput
          label="Printer name"
          description='How people know it, e.g. "Zebra pack bench 2".'
          value={editor.form.name}
          onChange={(event) => editor.change('name', event.currentTarget.value)}
          error={editor.fieldErrors.name}
          autoComplete="off"
          data-autofocus
        />
        <Select
          label="What it prints"
          data={PRINTER_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
          value={editor.form.kind}
          onChange={(value) => {
            const kind = PRINTER_KINDS.find((candidate) => candidate === value);
            if (kind) editor.change('kind', kind);
          }}
          error={editor.fieldErrors.kind}
          allowDeselect={false}
        />
        <Select
          label="Connected by"
          data={PRINTER_DRIVERS.map((value) => ({ value, label: DRIVER_LABELS[value] }))}
          value={editor.form.driver}
          onChange={(value) => {
            const driver = PRINTER_DRIVERS.find((candidate) => candidate === value);
            if (driver) editor.change('driver', driver);
          }}
          error={editor.fieldErrors.driver}
          allowDeselect={false}
        />
        {editor.form.kind === 'label' && (
          <Select
            label="Print head resolution"
            description="On the printer's rating plate: 203 dpi (8 dots/mm) or 300 dpi (12 dots/mm)."
            data={[
              { value: '203', label: '203 dpi' },
              { value: '300', label: '300 dpi' },
            ]}
            value={String(editor.form.dpi)}
            onChange={(value) => editor.change('dpi', value === '300' ? 300 : 203)}
            allowDeselect={false}
            data-testid="printer-dpi"
          />
        )}
        <TextInput
          label={address.label}
          description={address.hint}
          value={editor.form.address}
          onChange={(event) => editor.change('address', event.currentTarget.value)}
          error={editor.fieldErrors.address}
          autoComplete="off"
          spellCheck={false}
        />
        <Switch
          size="md"
          label="Print on this printer"
          description="Off keeps its settings; its jobs wait until it is on again."
          checked={editor.form.enabled}
          onChange={(event) => editor.change('enabled', event.currentTarget.checked)}
        />
        <Switch
          size="md"
          label="Default for its kind"
          description="Where labels (or slips, or pages) go when the station has several."
          checked={editor.form.isDefault}
          onChange={(event) => editor.change('isDefault', event.currentTarget.checked)}
        />
        {editor.formError && (
          <ErrorNotice title="The printer was not saved" error={editor.formError} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={editor.saving}>
            {editor.isNew ? 'Add printer' : 'Save printer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
