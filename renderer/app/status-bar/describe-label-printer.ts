import type { PrinterProblem, PrinterView } from '../../../shared/contract/schemas/printers';
import type { StatusText } from './status-tone';

const PROBLEM_WORDS: Record<PrinterProblem, string> = {
  'paper-out': 'paper out',
  'head-open': 'head open',
  'ribbon-out': 'ribbon out',
  paused: 'paused',
  'queue-disabled': 'queue stopped',
};

/** The printer labels go to: the default enabled label printer, else the first one. */
export function labelPrinterOf(printers: readonly PrinterView[]): PrinterView | null {
  const labels = printers.filter((printer) => printer.kind === 'label');
  const enabled = labels.filter((printer) => printer.enabled);
  return enabled.find((printer) => printer.isDefault) ?? enabled[0] ?? labels[0] ?? null;
}

/**
 * The label printer at a glance: ready, how many labels wait, offline, or what the printer says
 * is wrong. Null when the station has no label printer, so the bar claims nothing.
 */
export function describeLabelPrinter(printers: readonly PrinterView[]): StatusText | null {
  const printer = labelPrinterOf(printers);
  if (!printer) return null;
  const queued = printer.waiting > 0 ? ` · ${printer.waiting} queued` : '';
  switch (printer.status.state) {
    case 'offline':
      return { text: `Label printer offline${queued}`, tone: 'problem' };
    case 'attention': {
      const words = printer.status.problems.map((problem) => PROBLEM_WORDS[problem]).join(', ');
      return { text: `Label printer: ${words || 'needs attention'}${queued}`, tone: 'problem' };
    }
    case 'switched-off':
      return {
        text: `Label printer switched off${queued}`,
        tone: printer.waiting > 0 ? 'problem' : 'neutral',
      };
    case 'checking':
      return { text: `Label printer: checking${queued}`, tone: 'neutral' };
    case 'printing':
      return { text: `Label printer printing${queued}`, tone: 'pending' };
    case 'ready':
      return printer.waiting > 0
        ? { text: `Label printer: ${printer.waiting} queued`, tone: 'pending' }
        : { text: 'Label printer ready', tone: 'ok' };
  }
}
