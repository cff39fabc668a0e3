import { z } from 'zod';
import { defineMutation } from './define-mutation';
import {
  CalendarDateSchema,
  LotNumberSchema,
  SerialNumberSchema,
  ToteCodeSchema,
  UnitCountSchema,
} from './floor-fields';

/**
 * Units of one fulfilment line taken from one bin. The head office refuses it when the line's
 * need is already met (another station may have picked it while both were offline), when the
 * bin does not hold the units, or when the product needs a lot or serial that is missing.
 */
export const PickRecordPayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    waveId: z.uuid(),
    fulfilmentId: z.uuid(),
    fulfilmentLineId: z.uuid(),
    productId: z.uuid(),
    binId: z.uuid(),
    quantity: UnitCountSchema,
    tote: ToteCodeSchema.nullable(),
    lot: LotNumberSchema.nullable(),
    expiry: CalendarDateSchema.nullable(),
    serial: SerialNumberSchema.nullable(),
  })
  .strict()
  .refine((p) => p.serial === null || p.quantity === 1, {
    path: ['quantity'],
    message: 'A serial number stands for one unit: scan each serialised unit on its own',
  });
export type PickRecordPayload = z.infer<typeof PickRecordPayloadSchema>;

export const pickRecord = defineMutation({
  kind: 'pick.record',
  summary: 'Take units of an order line from a bin into a tote.',
  payload: PickRecordPayloadSchema,
  roles: ['admin', 'manager', 'picker'],
  describe: (p) =>
    `Picked ${p.quantity}${p.lot ? ` lot ${p.lot}` : ''}${p.serial ? ` serial ${p.serial}` : ''}${p.tote ? ` into ${p.tote}` : ''}`,
});

/** Takes back one pick (the picker put the units back): nothing is deleted, the pick is reversed. */
export const PickUndoPayloadSchema = z.object({ warehouseId: z.uuid(), pickId: z.uuid() }).strict();
export type PickUndoPayload = z.infer<typeof PickUndoPayloadSchema>;

export const pickUndo = defineMutation({
  kind: 'pick.undo',
  summary: 'Reverse a pick: the units went back to their bin.',
  payload: PickUndoPayloadSchema,
  roles: ['admin', 'manager', 'picker'],
  describe: () => 'Undid a pick (units back in the bin)',
});
