import type { StationStatus } from '../../../shared/contract';
import type { StatusText } from './status-tone';

type Printer = NonNullable<StationStatus['printers']>[number];

/**
 * The upload count, when it means something: "all uploaded" from a station with no head office
 * would claim a link that does not exist; changes made before enrolment still show.
 */
export function pendingUploadsToShow(status: StationStatus): number | null {
  if (status.pendingUploads === null) return null;
  if (status.connection.state === 'not-configured' && status.pendingUploads === 0) return null;
  return status.pendingUploads;
}

export function describePendingUploads(count: number): StatusText {
  if (count === 0) return { text: 'All changes uploaded', tone: 'ok' };
  const noun = count === 1 ? 'change' : 'changes';
  return { text: `${count} ${noun} waiting to upload`, tone: 'pending' };
}

const PRINTER_STATES: Record<Printer['state'], StatusText> = {
  ready: { text: 'ready', tone: 'ok' },
  busy: { text: 'printing', tone: 'pending' },
  error: { text: 'needs attention', tone: 'problem' },
  unreachable: { text: 'unreachable', tone: 'problem' },
};

export function describePrinter(printer: Printer): StatusText {
  const { text, tone } = PRINTER_STATES[printer.state];
  const detail = printer.detail ? ` (${printer.detail})` : '';
  return { text: `Printer ${printer.name}: ${text}${detail}`, tone };
}
