import { z } from 'zod';
import { CurrencySchema, MinorUnitsSchema } from '../../../../../shared/domain/money';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A shipping receipt: what the counter hands over when a parcel is shipped and paid for. */
export const shippingReceiptSchema = z.strictObject({
  warehouse: z.strictObject({
    name: text(120),
    addressLines: z.array(text(120)).max(6).default([]),
  }),
  parcelNumber: text(60),
  orderNumber: text(60).optional(),
  carrier: text(40),
  service: text(60),
  trackingNumber: text(48),
  weightGrams: z.number().int().positive().max(1_000_000).optional(),
  price: z.strictObject({ amountMinor: MinorUnitsSchema, currency: CurrencySchema }),
  /** When the parcel was shipped (UTC). */
  shippedAt: z.iso.datetime(),
});
export type ShippingReceipt = z.infer<typeof shippingReceiptSchema>;
export type ShippingReceiptInput = z.input<typeof shippingReceiptSchema>;
