import {
  SerialScannerSaveSchema,
  type ScannerTerminator,
  type SerialScannerConfig,
  type SerialScannerSave,
} from '../../../shared/contract';

/** The add/edit form as typed; the baud rate stays text because it comes from a select. */
export interface SerialScannerForm {
  readonly id: string | null;
  readonly name: string;
  readonly path: string;
  readonly baudRate: string;
  readonly terminator: ScannerTerminator;
  readonly enabled: boolean;
}
export type SerialScannerField = 'name' | 'path' | 'baudRate' | 'terminator';
export type SerialScannerFieldErrors = Partial<Record<SerialScannerField, string>>;

export type SerialScannerFormCheck =
  | { readonly ok: true; readonly save: SerialScannerSave }
  | { readonly ok: false; readonly errors: SerialScannerFieldErrors };

/** A new scanner starts at the factory settings almost every serial scanner ships with. */
export const NEW_SERIAL_SCANNER: SerialScannerForm = {
  id: null,
  name: '',
  path: '',
  baudRate: '9600',
  terminator: 'CR',
  enabled: true,
};

export function serialScannerToForm(scanner: SerialScannerConfig): SerialScannerForm {
  return {
    id: scanner.id,
    name: scanner.name,
    path: scanner.path,
    baudRate: String(scanner.baudRate),
    terminator: scanner.terminator,
    enabled: scanner.enabled,
  };
}

/** The station's own rules, so most mistakes show under their field before a round trip. */
export function checkSerialScannerForm(form: SerialScannerForm): SerialScannerFormCheck {
  const baudRate = /^\d+$/.test(form.baudRate.trim()) ? Number(form.baudRate.trim()) : Number.NaN;
  const parsed = SerialScannerSaveSchema.safeParse({
    ...(form.id === null ? {} : { id: form.id }),
    name: form.name,
    path: form.path,
    baudRate,
    terminator: form.terminator,
    enabled: form.enabled,
  });
  if (parsed.success) return { ok: true, save: parsed.data };
  const errors: SerialScannerFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(String(issue.path[0]));
    if (field === null) continue;
    errors[field] ??=
      field === 'baudRate' && Number.isNaN(baudRate) ? 'Choose a baud rate' : issue.message;
  }
  return { ok: false, errors };
}

/** The first objection the station raised for each field, from its issue list. */
export function serialFieldErrorsFromIssues(
  issues: ReadonlyArray<{ path: string; message: string }>,
): SerialScannerFieldErrors {
  const errors: SerialScannerFieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field !== null) errors[field] ??= issue.message;
  }
  return errors;
}

function fieldOf(path: string): SerialScannerField | null {
  return path === 'name' || path === 'path' || path === 'baudRate' || path === 'terminator'
    ? path
    : null;
}
