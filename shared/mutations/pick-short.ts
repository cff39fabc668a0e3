import { z } from 'zod';
import { defineMutation } from './define-mutation';
import { UnitCountSchema } from './floor-fields';

export const SHORT_PICK_REASONS = [
  'bin-empty',
  'not-enough',
  'damaged',
  'wrong-item-in-bin',
  'cannot-reach',
] as const;
export const ShortPickReasonSchema = z.enum(SHORT_PICK_REASONS, {
  error: `Say why: ${SHORT_PICK_REASONS.join(', ')}`,
});
export type ShortPickReason = z.infer<typeof ShortPickReasonSchema>;

export const SHORT_PICK_REASON_LABELS: Readonly<Record<ShortPickReason, string>> = {
  'bin-empty': 'Bin empty',
  'not-enough': 'Not enough in the bin',
  damaged: 'Units damaged',
  'wrong-item-in-bin': 'Wrong item in the bin',
  'cannot-reach': 'Cannot reach the bin',
};

/**
 * retask: the units are still owed from another bin that holds them (the walk goes on there).
 * backorder: no bin can give them; the order line waits for stock and the order ships without.
 */
export const SHORT_PICK_RESOLUTIONS = ['retask', 'backorder'] as const;
export const ShortPickResolutionSchema = z.enum(SHORT_PICK_RESOLUTIONS);
export type ShortPickResolution = z.infer<typeof ShortPickResolutionSchema>;

export const PickShortPayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    waveId: z.uuid(),
    fulfilmentId: z.uuid(),
    fulfilmentLineId: z.uuid(),
    productId: z.uuid(),
    /** The bin that came up short; null when no bin on the station held the product at all. */
    binId: z.uuid().nullable(),
    quantity: UnitCountSchema,
    reason: ShortPickReasonSchema,
    resolution: ShortPickResolutionSchema,
  })
  .strict()
  .refine((p) => p.binId !== null || p.resolution === 'backorder', {
    path: ['resolution'],
    message: 'Units with no bin to pick from can only be backordered',
  });
export type PickShortPayload = z.infer<typeof PickShortPayloadSchema>;

export const pickShort = defineMutation({
  kind: 'pick.short',
  summary: 'Report that a bin could not give what the pick list asked for, with a reason.',
  payload: PickShortPayloadSchema,
  roles: ['admin', 'manager', 'picker'],
  describe: (p) =>
    `Short ${p.quantity} (${SHORT_PICK_REASON_LABELS[p.reason]}), ${p.resolution === 'retask' ? 'picked elsewhere' : 'backordered'}`,
});
