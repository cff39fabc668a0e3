import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Everything printed on a packing slip; the pack service fills it from the replica. */
export const PackingSlipDataSchema = z.strictObject({
  warehouse: z.strictObject({
    name: text(120),
    /** Return address lines under the name; may be empty. */
    addressLines: z.array(text(120)).max(6).default([]),
  }),
  orderNumber: text(60),
  fulfilmentNumber: text(60),
  /** When the order was packed (UTC); printed as a date in the warehouse's words. */
  packedAt: z.iso.datetime(),
  shipTo: z.strictObject({
    name: text(200),
    lines: z.array(text(200)).max(8),
  }),
  serviceLevel: text(60),
  lines: z
    .array(
      z.strictObject({
        sku: text(64),
        name: text(300),
        ordered: z.number().int().min(0),
        packed: z.number().int().min(0),
        backordered: z.number().int().min(0),
      }),
    )
    .min(1, 'A packing slip lists at least one line'),
  parcels: z.array(
    z.strictObject({
      number: text(60),
      boxCode: text(20),
      weightGrams: z.number().int().min(0),
    }),
  ),
  /** A line for the customer at the foot of the slip. */
  footer: text(300).default('Thank you for your order.'),
});
export type PackingSlipData = z.infer<typeof PackingSlipDataSchema>;
export type PackingSlipDataInput = z.input<typeof PackingSlipDataSchema>;
