import { describe, expect, it } from 'vitest';
import {
  NEW_SERIAL_SCANNER,
  checkSerialScannerForm,
  serialFieldErrorsFromIssues,
  serialScannerToForm,
} from './serial-scanner-form';
import { describeLastScan, serialScannerStateView } from './serial-scanner-state';

const ID = '0193a3c4-5b6e-7f80-9a1b-2c3d4e5f6a7b';

describe('serial scanner form', () => {
  it('checks a new scanner and trims what the station would trim', () => {
    expect(
      checkSerialScannerForm({ ...NEW_SERIAL_SCANNER, name: ' Pack bench 2 ', path: 'COM3 ' }),
    ).toEqual({
      ok: true,
      save: {
        name: 'Pack bench 2',
        path: 'COM3',
        baudRate: 9600,
        terminator: 'CR',
        enabled: true,
      },
    });
  });

  it('keeps the id of a scanner being changed, through the form and back', () => {
    const config = {
      id: ID,
      name: 'Dock',
      path: '/dev/ttyUSB0',
      baudRate: 115200,
      terminator: 'CRLF' as const,
      enabled: false,
    };
    const form = serialScannerToForm(config);
    expect(form.baudRate).toBe('115200');
    expect(checkSerialScannerForm(form)).toEqual({ ok: true, save: config });
  });

  it('explains an empty name, a made-up port and an unusual baud rate', () => {
    const check = checkSerialScannerForm({
      ...NEW_SERIAL_SCANNER,
      name: '  ',
      path: 'usb please',
      baudRate: '1000',
    });
    expect(check).toEqual({
      ok: false,
      errors: {
        name: 'Give the scanner a name, e.g. "Pack bench 2"',
        path: 'A port is a device path such as /dev/ttyUSB0, or COM3 on Windows',
        baudRate: expect.stringMatching(/^Choose a baud rate the scanner supports/) as unknown,
      },
    });
    expect(
      checkSerialScannerForm({ ...NEW_SERIAL_SCANNER, name: 'A', path: 'COM1', baudRate: '' }),
    ).toEqual({ ok: false, errors: { baudRate: 'Choose a baud rate' } });
  });

  it("puts the station's objections under their fields and ignores the rest", () => {
    expect(
      serialFieldErrorsFromIssues([
        { path: 'path', message: 'Port in use by "Dock"' },
        { path: 'path', message: 'second' },
        { path: '(input)', message: 'general' },
      ]),
    ).toEqual({ path: 'Port in use by "Dock"' });
  });
});

describe('serial scanner state', () => {
  const base = {
    id: ID,
    name: 'Dock',
    path: 'COM3',
    baudRate: 9600,
    terminator: 'CR' as const,
    enabled: true,
    message: null,
    lastScanAt: null,
    lastRejected: null,
  };

  it('reads open, switched off and error in words with a colour', () => {
    expect(serialScannerStateView({ ...base, state: 'open' })).toEqual({
      label: 'Reading',
      color: 'teal',
      detail: null,
    });
    expect(serialScannerStateView({ ...base, enabled: false, state: 'closed' })).toMatchObject({
      label: 'Switched off',
      color: 'gray',
    });
    expect(
      serialScannerStateView({ ...base, state: 'error', message: 'COM3 is not plugged in.' }),
    ).toEqual({ label: 'Not reading', color: 'red', detail: 'COM3 is not plugged in.' });
    expect(serialScannerStateView({ ...base, state: 'error' }).detail).toMatch(/cable and port/);
  });

  it('says when no scan has arrived yet', () => {
    expect(describeLastScan(null, () => 'x')).toBe('No scan yet');
    expect(describeLastScan('2026-11-26T12:00:00.000Z', (iso) => `at ${iso}`)).toBe(
      'at 2026-11-26T12:00:00.000Z',
    );
  });
});
