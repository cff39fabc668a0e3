import { z } from 'zod';

/** Every state an order can be in, in the order an order normally passes through them. */
export const ORDER_STATUSES = [
  'received',
  'on_hold',
  'confirmed',
  'allocated',
  'backordered',
  'released',
  'picking',
  'packed',
  'partially_shipped',
  'shipped',
  'delivered',
  'cancelled',
] as const;

export const OrderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/** How a status reads in a sentence or on a screen. */
export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  received: 'received',
  on_hold: 'on hold',
  confirmed: 'confirmed',
  allocated: 'allocated',
  backordered: 'backordered',
  released: 'released',
  picking: 'picking',
  packed: 'packed',
  partially_shipped: 'partially shipped',
  shipped: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
};

const statusSet: ReadonlySet<string> = new Set(ORDER_STATUSES);

/** For statuses read from a database row or a request, which TypeScript cannot vouch for. */
export function isOrderStatus(value: string): value is OrderStatus {
  return statusSet.has(value);
}
