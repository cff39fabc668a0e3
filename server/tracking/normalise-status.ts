import type { TrackingState } from '../../shared/domain/shipping/tracking-state';

/**
 * The statuses an EasyPost-style tracker reports. A status outside this list (a carrier adds
 * one) is read as `unknown` rather than refused: refusing makes the carrier retry the same body
 * for days and then switch the webhook off.
 */
export const CARRIER_STATUSES = [
  'pre_transit',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'available_for_pickup',
  'return_to_sender',
  'failure',
  'cancelled',
  'error',
  'unknown',
] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

/**
 * Where each carrier status puts the parcel; null when the status says nothing about where the
 * parcel is (the carrier did not know, or its tracking system failed), so it is recorded and
 * moves nothing — it neither raises an alert nor mails the customer about a problem that may be
 * only the carrier's computer.
 */
export const CARRIER_STATUS_TO_STATE: Readonly<Record<CarrierStatus, TrackingState | null>> = {
  pre_transit: 'label_created',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  // Waiting at a collection point is the customer's last step, as a van at the door is.
  available_for_pickup: 'out_for_delivery',
  return_to_sender: 'returned_to_sender',
  failure: 'exception',
  // The carrier stopped the parcel: someone in the warehouse has to find out why.
  cancelled: 'exception',
  error: null,
  unknown: null,
};

const known: ReadonlySet<string> = new Set(CARRIER_STATUSES);

export function carrierStatusOf(raw: string): CarrierStatus {
  const status = raw.trim().toLowerCase();
  return known.has(status) ? (status as CarrierStatus) : 'unknown';
}

/** The normalised state a carrier status means, or null when it does not say. */
export function normaliseCarrierStatus(raw: string): TrackingState | null {
  return CARRIER_STATUS_TO_STATE[carrierStatusOf(raw)];
}
