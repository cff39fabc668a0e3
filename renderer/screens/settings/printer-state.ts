import type { PrinterView } from '../../../shared/contract/schemas/printers';

export interface PrinterStateView {
  readonly label: string;
  readonly color: 'teal' | 'gray' | 'red' | 'yellow' | 'blue';
  /** One sentence under the badge: what is wrong or worth knowing, or null. */
  readonly detail: string | null;
}

const PROBLEM_LABELS = {
  'paper-out': 'Paper out',
  'head-open': 'Head open',
  'ribbon-out': 'Ribbon out',
  paused: 'Paused',
  'queue-disabled': 'Queue stopped',
} as const;

/** How a printer reads on the list: a word or two, a colour and, for trouble, what to do. */
export function printerStateView(printer: PrinterView): PrinterStateView {
  const { status } = printer;
  switch (status.state) {
    case 'ready':
      return { label: 'Ready', color: 'teal', detail: status.message };
    case 'printing':
      return { label: 'Printing', color: 'blue', detail: status.message };
    case 'attention': {
      const first = status.problems[0];
      return {
        label: first === undefined ? 'Needs attention' : PROBLEM_LABELS[first],
        color: 'red',
        detail: status.message,
      };
    }
    case 'offline':
      return {
        label: 'Offline',
        color: 'red',
        detail: status.message ?? 'The station cannot reach this printer; check it is on.',
      };
    case 'switched-off':
      return { label: 'Switched off', color: 'gray', detail: null };
    case 'checking':
      return { label: 'Checking…', color: 'gray', detail: null };
  }
}

/** "2 jobs waiting" beside a printer, or null when it owes nothing. */
export function describeWaiting(waiting: number): string | null {
  if (waiting === 0) return null;
  return waiting === 1 ? '1 job waiting' : `${waiting} jobs waiting`;
}

const DOCUMENT_WORDS: Readonly<Record<string, string>> = {
  'test-print': 'Test print',
  'parcel-label': 'Parcel label',
  'packing-slip': 'Packing slip',
  manifest: 'Manifest',
};

/** What a job prints, in words: "Parcel label PCL-1"; a test print needs no reference. */
export function describeJobDocument(job: { documentKind: string; reference: string }): string {
  if (job.documentKind === 'test-print') return 'Test print';
  return `${DOCUMENT_WORDS[job.documentKind] ?? job.documentKind} ${job.reference}`;
}
