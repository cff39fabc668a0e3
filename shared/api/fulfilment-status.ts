import { z } from 'zod';

/** Where one warehouse's part of an order is; mirrors the fulfilments.status CHECK. */
export const FULFILMENT_STATUSES = [
  'allocated',
  'released',
  'picking',
  'packed',
  'shipped',
  'cancelled',
] as const;
export const FulfilmentStatusSchema = z.enum(FULFILMENT_STATUSES);
export type FulfilmentStatus = z.infer<typeof FulfilmentStatusSchema>;

const statusSet: ReadonlySet<string> = new Set(FULFILMENT_STATUSES);

export function isFulfilmentStatus(value: string): value is FulfilmentStatus {
  return statusSet.has(value);
}
