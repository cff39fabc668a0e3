import { describe, expect, it } from 'vitest';
import type { PrinterView } from '../../../shared/contract/schemas/printers';
import { describeLabelPrinter, labelPrinterOf } from './describe-label-printer';

function printer(overrides: Partial<PrinterView> = {}): PrinterView {
  return {
    id: 'z1',
    name: 'Zebra 1',
    kind: 'label',
    driver: 'tcp',
    address: 'z1:9100',
    enabled: true,
    isDefault: true,
    dpi: 203,
    waiting: 0,
    lastError: null,
    status: { state: 'ready', problems: [], message: null, checkedAt: null },
    ...overrides,
  };
}

describe('the label printer in the status bar', () => {
  it('claims nothing when there is no label printer', () => {
    expect(describeLabelPrinter([printer({ kind: 'receipt' })])).toBeNull();
  });

  it('reads the default label printer', () => {
    const other = printer({
      id: 'z2',
      isDefault: false,
      status: { ...printer().status, state: 'offline' },
    });
    expect(labelPrinterOf([other, printer()])?.id).toBe('z1');
  });

  it('says ready, queued, offline with the queue, and paper out', () => {
    expect(describeLabelPrinter([printer()])).toEqual({ text: 'Label printer ready', tone: 'ok' });
    expect(describeLabelPrinter([printer({ waiting: 3 })])).toEqual({
      text: 'Label printer: 3 queued',
      tone: 'pending',
    });
    const offline = printer({ waiting: 1, status: { ...printer().status, state: 'offline' } });
    expect(describeLabelPrinter([offline])).toEqual({
      text: 'Label printer offline · 1 queued',
      tone: 'problem',
    });
    const paper = printer({
      status: { state: 'attention', problems: ['paper-out'], message: null, checkedAt: null },
    });
    expect(describeLabelPrinter([paper])).toEqual({
      text: 'Label printer: paper out',
      tone: 'problem',
    });
  });
});
