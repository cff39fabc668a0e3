import { describe, expect, it } from 'vitest';
import type { PrinterView } from '../../../shared/contract/schemas/printers';
import { checkPrinterForm, NEW_PRINTER, printerFieldErrors } from './printer-form';
import { describeJobDocument, describeWaiting, printerStateView } from './printer-state';

describe('printer form', () => {
  it('accepts a network printer and adds the raw-printing port', () => {
    const check = checkPrinterForm({ ...NEW_PRINTER, name: ' Zebra 1 ', address: '10.0.0.9' });
    expect(check).toEqual({
      ok: true,
      save: {
        name: 'Zebra 1',
        kind: 'label',
        driver: 'tcp',
        address: '10.0.0.9:9100',
        enabled: true,
        isDefault: false,
        dpi: 203,
      },
    });
  });

  it('shows each mistake under its field', () => {
    const check = checkPrinterForm({ ...NEW_PRINTER, name: '', address: 'zebra:70000' });
    expect(check).toEqual({
      ok: false,
      errors: { name: 'Give the printer a name, e.g. "Zebra pack bench 2"' },
    });
    const address = checkPrinterForm({
      ...NEW_PRINTER,
      name: 'Z',
      driver: 'file',
      address: 'x.zpl',
    });
    expect(address.ok ? null : address.errors.address).toMatch(/^Give the whole path/);
  });

  it('keeps only the station objections that belong to a field', () => {
    expect(
      printerFieldErrors([
        { path: 'address', message: 'a' },
        { path: 'address', message: 'b' },
        { path: '(input)', message: 'c' },
      ]),
    ).toEqual({ address: 'a' });
  });
});

describe('printer state on the list', () => {
  const base: PrinterView = {
    id: 'p',
    name: 'Zebra',
    kind: 'label',
    driver: 'tcp',
    address: 'z:9100',
    enabled: true,
    isDefault: true,
    dpi: 203,
    waiting: 0,
    lastError: null,
    status: { state: 'ready', problems: [], message: null, checkedAt: null },
  };

  it('names the first problem the printer reported, in red', () => {
    const view = printerStateView({
      ...base,
      status: {
        state: 'attention',
        problems: ['paper-out', 'head-open'],
        message: 'Load labels',
        checkedAt: null,
      },
    });
    expect(view).toEqual({ label: 'Paper out', color: 'red', detail: 'Load labels' });
  });

  it('says what to check when offline without a reason', () => {
    const view = printerStateView({ ...base, status: { ...base.status, state: 'offline' } });
    expect(view.detail).toBe('The station cannot reach this printer; check it is on.');
  });

  it('counts waiting jobs in words', () => {
    expect(describeWaiting(0)).toBeNull();
    expect(describeWaiting(1)).toBe('1 job waiting');
    expect(describeWaiting(3)).toBe('3 jobs waiting');
  });
});

describe('job documents in words', () => {
  it('names the document and leaves the random reference off a test print', () => {
    expect(describeJobDocument({ documentKind: 'parcel-label', reference: 'PCL-1' })).toBe(
      'Parcel label PCL-1',
    );
    expect(describeJobDocument({ documentKind: 'test-print', reference: 'test-0193' })).toBe(
      'Test print',
    );
    expect(describeJobDocument({ documentKind: 'return-label', reference: 'R-1' })).toBe(
      'return-label R-1',
    );
  });
});
