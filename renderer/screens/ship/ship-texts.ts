import type {
  ParcelToShip,
  ServiceQuoteView,
  ShipmentView,
  ShipQuote,
} from '../../../shared/contract/schemas/ship';
import { formatMinor } from '../../../shared/domain/money-format';
import { TRACKING_STATE_NAMES } from '../../../shared/domain/shipping/tracking-state';

export const MIN_OVERRIDE_REASON = 5;

export function serviceKey(q: { carrierCode: string; serviceCode: string }): string {
  return `${q.carrierCode}/${q.serviceCode}`;
}

export function describeQuote(q: ServiceQuoteView): string {
  const days = q.transitDays === 1 ? '1 day' : `${q.transitDays} days`;
  return `${q.carrierName} ${q.serviceName} · ${formatMinor(q.price.amountMinor, q.price.currency)} · ${days}`;
}

export function describeParcel(p: ParcelToShip): string {
  const kg = (p.weightGrams / 1000).toFixed(2);
  return `${p.number} · order ${p.orderNumber} · ${p.index} of ${p.count} · ${kg} kg · ${p.destination}`;
}

/** The service the clerk has chosen differs from the rule's: a reason is needed before printing. */
export function isOverride(quote: ShipQuote, selected: string | null): boolean {
  if (selected === null) return false;
  return quote.choice === null || serviceKey(quote.choice) !== selected;
}

/** Why the Print button is off, or null when it may print. */
export function printBlocked(
  quote: ShipQuote,
  selected: string | null,
  reason: string,
): string | null {
  if (selected === null) {
    return quote.quotes.length === 0
      ? (quote.noChoiceReason ?? 'No carrier can take this parcel.')
      : 'Choose a service.';
  }
  if (isOverride(quote, selected) && reason.trim().length < MIN_OVERRIDE_REASON) {
    return `Say why you override the shipping rule (at least ${MIN_OVERRIDE_REASON} characters).`;
  }
  return null;
}

export function describePrint(label: ShipmentView): string {
  switch (label.print) {
    case 'printed':
      return 'printed';
    case 'queued':
    case 'sending':
      return label.printError ? `waiting for printer: ${label.printError}` : 'printing…';
    case 'failed':
      return `failed: ${label.printError ?? 'printer error'}`;
    case 'not-printed':
      return 'not printed';
  }
}

export function describeLabelState(label: ShipmentView): string {
  if (label.voided) return 'void';
  if (label.manifestNumber) return `on ${label.manifestNumber}`;
  return TRACKING_STATE_NAMES[label.trackingState];
}
