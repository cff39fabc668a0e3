import { z } from 'zod';

/** The moments a customer is mailed about a parcel; mirrors notifications.event's CHECK. */
export const NOTIFICATION_EVENTS = [
  'shipped',
  'out_for_delivery',
  'delivered',
  'exception',
] as const;
export const NotificationEventSchema = z.enum(NOTIFICATION_EVENTS);
export type NotificationEvent = z.infer<typeof NotificationEventSchema>;
