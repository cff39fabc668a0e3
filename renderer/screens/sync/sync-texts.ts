import type {
  OutboxCounts,
  OutboxEntry,
  ShapeSyncStatus,
  SyncedShape,
  SyncProblem,
} from '../../../shared/contract';
import type { StatusText } from '../../app/status-bar/status-tone';

const SHAPE_LABELS: Record<SyncedShape, string> = {
  warehouses: 'Warehouse',
  bins: 'Bins',
  products: 'Products',
  product_barcodes: 'Barcodes',
  stock_levels: 'Stock levels',
  bin_stock: 'Stock by bin',
  people: 'People who can sign in',
  station_mutations: 'Answers to this station’s changes',
  fulfilments: 'Orders released to the floor',
  fulfilment_lines: 'Order lines',
  waves: 'Pick lists',
  picks: 'Picks',
  short_picks: 'Short picks',
  parcels: 'Parcels',
  scan_refusals: 'Refused scans',
  carriers: 'Carriers and rate cards',
  consignment_ranges: 'Consignment numbers',
  sscc_ranges: 'SSCC numbers',
  shipments: 'Labels',
  manifests: 'Manifests',
};

export function shapeLabel(shape: SyncedShape): string {
  return SHAPE_LABELS[shape];
}

/** One shape's state in words, with the reason when it is stuck. */
export function describeShapeState(status: ShapeSyncStatus): StatusText {
  switch (status.state) {
    case 'initial-sync':
      return { text: 'Initial sync in progress', tone: 'pending' };
    case 'live':
      return { text: 'Live', tone: 'ok' };
    case 'offline':
      return { text: 'Offline, retrying', tone: 'problem' };
    case 'error':
      return {
        text: status.lastError ? `Error: ${status.lastError}` : 'Error',
        tone: 'problem',
      };
  }
}

export function describeLastUpToDate(iso: string | null, formatTime: (iso: string) => string) {
  return iso === null ? 'Never yet' : formatTime(iso);
}

/**
 * Where one change stands. `accepted` becomes `confirmed` once the synced data shows it; until
 * then the floor still sees it through the station's own pending overlay.
 */
export function describeOutboxEntry(entry: OutboxEntry): StatusText {
  if (entry.state === 'rejected') {
    const reason = entry.rejection?.message ?? entry.lastError ?? 'no reason given';
    return { text: `Rejected: ${reason}`, tone: 'problem' };
  }
  if (entry.state === 'accepted') {
    return entry.confirmed
      ? { text: 'Confirmed', tone: 'ok' }
      : { text: 'Accepted, confirming', tone: 'pending' };
  }
  // Why the last try failed is under "Recent problems"; here, only that it is being tried.
  const tries = entry.attempts === 1 ? 'tried once' : `tried ${entry.attempts} times`;
  const text =
    entry.attempts > 0 ? `Waiting for head office (${tries})` : 'Waiting for head office';
  return { text, tone: 'pending' };
}

/** The word a test or a support call can rely on: waiting, accepted, confirmed or rejected. */
export function outboxEntryStage(
  entry: Pick<OutboxEntry, 'state' | 'confirmed'>,
): 'waiting' | 'accepted' | 'confirmed' | 'rejected' {
  if (entry.state === 'accepted' && entry.confirmed) return 'confirmed';
  return entry.state;
}

/** "2 waiting, 1 rejected": only the parts that are not zero, or that all is uploaded. */
export function describeOutboxCounts(counts: OutboxCounts): StatusText {
  const parts: string[] = [];
  if (counts.waiting > 0) parts.push(`${counts.waiting} waiting to upload`);
  if (counts.unconfirmed > 0) parts.push(`${counts.unconfirmed} accepted, being confirmed`);
  if (counts.rejected > 0) parts.push(`${counts.rejected} rejected by head office`);
  if (parts.length === 0) return { text: 'Every change is uploaded and confirmed', tone: 'ok' };
  const tone = counts.rejected > 0 ? 'problem' : 'pending';
  return { text: parts.join(', '), tone };
}

const PROBLEM_PLACES: Record<SyncProblem['where'], string> = {
  download: 'Receiving data',
  upload: 'Sending changes',
  enrolment: 'Enrolment',
};

export function describeProblemPlace(where: SyncProblem['where']): string {
  return PROBLEM_PLACES[where];
}
