import { PrinterSaveSchema } from '../../../shared/contract/schemas/printers';
import type {
  PrinterDriverKind,
  PrinterKind,
  PrinterSave,
  PrinterView,
} from '../../../shared/contract/schemas/printers';

/** The add/change form as typed. */
export interface PrinterForm {
  readonly id: string | null;
  readonly name: string;
  readonly kind: PrinterKind;
  readonly driver: PrinterDriverKind;
  readonly address: string;
  readonly enabled: boolean;
  readonly isDefault: boolean;
  /** Label printers: the print head's resolution. */
  readonly dpi: 203 | 300;
}
export type PrinterField = 'name' | 'kind' | 'driver' | 'address';
export type PrinterFieldErrors = Partial<Record<PrinterField, string>>;

export type PrinterFormCheck =
  | { readonly ok: true; readonly save: PrinterSave }
  | { readonly ok: false; readonly errors: PrinterFieldErrors };

/** Most stations add a network label printer first. */
export const NEW_PRINTER: PrinterForm = {
  id: null,
  name: '',
  kind: 'label',
  driver: 'tcp',
  address: '',
  enabled: true,
  isDefault: false,
  dpi: 203,
};

export const KIND_LABELS: Readonly<Record<PrinterKind, string>> = {
  label: 'Label printer (ZPL, 4×6)',
  receipt: 'Receipt / slip printer (ESC/POS)',
  a4: 'A4 printer (PDF)',
};

export const DRIVER_LABELS: Readonly<Record<PrinterDriverKind, string>> = {
  tcp: 'Network (raw TCP, port 9100)',
  spooler: 'Print queue on this computer (CUPS)',
  file: 'File (capture, for testing)',
};

export const ADDRESS_HINTS: Readonly<Record<PrinterDriverKind, { label: string; hint: string }>> = {
  tcp: { label: 'Address', hint: 'host:port, e.g. 192.168.1.40:9100 (9100 if left out)' },
  spooler: { label: 'Print queue', hint: 'The queue name as CUPS shows it, e.g. Zebra_ZD420' },
  file: { label: 'File path', hint: 'The whole path, e.g. /var/spool/wharf/labels.zpl' },
};

export function printerToForm(printer: PrinterView): PrinterForm {
  return {
    id: printer.id,
    name: printer.name,
    kind: printer.kind,
    driver: printer.driver,
    address: printer.address,
    enabled: printer.enabled,
    isDefault: printer.isDefault,
    dpi: printer.dpi,
  };
}

/** The station's own rules, so most mistakes show under their field before a round trip. */
export function checkPrinterForm(form: PrinterForm): PrinterFormCheck {
  const parsed = PrinterSaveSchema.safeParse({
    ...(form.id === null ? {} : { id: form.id }),
    name: form.name,
    kind: form.kind,
    driver: form.driver,
    address: form.address,
    enabled: form.enabled,
    isDefault: form.isDefault,
    dpi: form.dpi,
  });
  if (parsed.success) return { ok: true, save: parsed.data };
  return { ok: false, errors: printerFieldErrors(parsed.error.issues.map(pathAndMessage)) };
}

function pathAndMessage(issue: { path: PropertyKey[]; message: string }) {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}

/** The first objection for each field, from the station's (or zod's) issue list. */
export function printerFieldErrors(
  issues: ReadonlyArray<{ path: string; message: string }>,
): PrinterFieldErrors {
  const errors: PrinterFieldErrors = {};
  for (const issue of issues) {
    const field = issue.path;
    if (field === 'name' || field === 'kind' || field === 'driver' || field === 'address') {
      errors[field] ??= issue.message;
    }
  }
  return errors;
}
