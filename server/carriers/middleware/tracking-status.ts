import type { TrackingState } from '../../../shared/domain/shipping';

/**
 * EasyPost-style tracker statuses in our six states. A word we do not know keeps "label
 * created", so a parcel is never reported moving on a status we cannot read.
 */
const STATES: Record<string, TrackingState> = {
  unknown: 'label_created',
  pre_transit: 'label_created',
  in_transit: 'in_transit',
  available_for_pickup: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  return_to_sender: 'returned_to_sender',
  failure: 'exception',
  error: 'exception',
  cancelled: 'exception',
};

export function trackingStateOf(status: string): TrackingState {
  return STATES[status.toLowerCase()] ?? 'label_created';
}
