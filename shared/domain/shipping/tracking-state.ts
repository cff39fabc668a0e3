import { z } from 'zod';

/** Where a parcel is, in the words every carrier's own statuses are mapped to. */
export const TRACKING_STATES = [
  'label_created',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned_to_sender',
] as const;
export const TrackingStateSchema = z.enum(TRACKING_STATES);
export type TrackingState = z.infer<typeof TrackingStateSchema>;

export const TRACKING_STATE_NAMES: Readonly<Record<TrackingState, string>> = {
  label_created: 'label created',
  in_transit: 'in transit',
  out_for_delivery: 'out for delivery',
  delivered: 'delivered',
  exception: 'exception',
  returned_to_sender: 'returned to sender',
};
