import type { SerialScannerStatus } from '../../../shared/contract';

export interface SerialScannerStateView {
  readonly label: string;
  readonly color: 'teal' | 'gray' | 'red';
  /** One sentence under the badge: what is wrong, or null when there is nothing to say. */
  readonly detail: string | null;
}

/** How a scanner's state reads on the list: a word, a colour and, for trouble, what to do. */
export function serialScannerStateView(status: SerialScannerStatus): SerialScannerStateView {
  switch (status.state) {
    case 'open':
      return { label: 'Reading', color: 'teal', detail: status.message };
    case 'closed':
      return {
        label: status.enabled ? 'Closed' : 'Switched off',
        color: 'gray',
        detail: status.message,
      };
    case 'error':
      return {
        label: 'Not reading',
        color: 'red',
        detail: status.message ?? 'The station cannot read this scanner; check its cable and port.',
      };
  }
}

/** Says "No scan yet" until the first scan, so an empty column does not look like a fault. */
export function describeLastScan(
  lastScanAt: string | null,
  formatTime: (iso: string) => string,
): string {
  return lastScanAt === null ? 'No scan yet' : formatTime(lastScanAt);
}
