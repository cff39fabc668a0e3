import { z } from 'zod';
import { defineMutation } from './define-mutation';
import { UnitCountSchema } from './floor-fields';

const Millimetres = z.number().int().min(1).max(5_000);

/**
 * A packed parcel, closed: what is in it (verified by scan at the bench), its box, weight and
 * size. `last` says the packer finished the order: the fulfilment is then packed and ready to
 * ship. The head office refuses units that were never picked, or were packed already.
 */
export const ParcelClosePayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    fulfilmentId: z.uuid(),
    /** The fulfilment's number and the parcel's place in it: F-1001-P1, F-1001-P2 … */
    number: z.string().regex(/^[A-Z0-9-]{2,40}-P\d{1,3}$/, 'A parcel number looks like F-1001-P1'),
    boxCode: z.string().trim().min(1).max(20),
    weightGrams: z
      .number({ error: 'The weight is a whole number of grams' })
      .int('The weight is a whole number of grams')
      .min(1, 'Weigh the parcel: its weight is at least 1 g')
      .max(70_000, 'A parcel weighs at most 70 kg'),
    lengthMm: Millimetres,
    widthMm: Millimetres,
    heightMm: Millimetres,
    items: z
      .array(
        z
          .object({ fulfilmentLineId: z.uuid(), productId: z.uuid(), quantity: UnitCountSchema })
          .strict(),
      )
      .min(1, 'A parcel holds at least one item: scan what goes in it')
      .max(500),
    last: z.boolean(),
  })
  .strict()
  .refine((p) => new Set(p.items.map((i) => i.fulfilmentLineId)).size === p.items.length, {
    path: ['items'],
    message: 'A line appears twice in this parcel',
  });
export type ParcelClosePayload = z.infer<typeof ParcelClosePayloadSchema>;

export const parcelClose = defineMutation({
  kind: 'parcel.close',
  summary: 'Close a packed parcel: its items, box and weight; the last one makes the order packed.',
  payload: ParcelClosePayloadSchema,
  roles: ['admin', 'manager', 'picker', 'packer'],
  describe: (p) =>
    `Parcel ${p.number}: ${p.items.reduce((n, i) => n + i.quantity, 0)} units, ${p.boxCode}, ${p.weightGrams} g${p.last ? ' (order packed)' : ''}`,
});
