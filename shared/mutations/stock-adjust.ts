import { z } from 'zod';
import { defineMutation } from './define-mutation';

export const STOCK_ADJUST_REASONS = [
  'cycle-count',
  'damaged',
  'found',
  'lost',
  'expired',
  'other',
] as const;
export const StockAdjustReasonSchema = z.enum(STOCK_ADJUST_REASONS, {
  error: `Pick a reason: ${STOCK_ADJUST_REASONS.join(', ')}`,
});
export type StockAdjustReason = z.infer<typeof StockAdjustReasonSchema>;

export const STOCK_ADJUST_REASON_LABELS: Readonly<Record<StockAdjustReason, string>> = {
  'cycle-count': 'Cycle count',
  damaged: 'Damaged',
  found: 'Found',
  lost: 'Lost / missing',
  expired: 'Expired',
  other: 'Other',
};

/**
 * A correction of one bin's count, carried as a signed delta so that changes made at two
 * stations (or at a station and the head office) while apart both count when they meet.
 * For a cycle count the station also sends what was counted, for the record.
 */
export const StockAdjustPayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    binId: z.uuid(),
    productId: z.uuid(),
    delta: z
      .number({ error: 'The change is a whole number of units, e.g. -2 or 3' })
      .int('The change is a whole number of units, e.g. -2 or 3')
      .min(-1_000_000)
      .max(1_000_000)
      .refine((d) => d !== 0, 'A change of 0 units changes nothing'),
    reason: StockAdjustReasonSchema,
    note: z.string().trim().max(200, 'Keep the note to 200 characters').default(''),
    countedQuantity: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((p) => p.reason !== 'other' || p.note.length > 0, {
    path: ['note'],
    message: 'Say what happened when the reason is "other"',
  });
export type StockAdjustPayload = z.infer<typeof StockAdjustPayloadSchema>;
export type StockAdjustPayloadInput = z.input<typeof StockAdjustPayloadSchema>;

export const stockAdjust = defineMutation({
  kind: 'stock.adjust',
  summary: 'Correct the count of one product in one bin, with a reason.',
  payload: StockAdjustPayloadSchema,
  roles: ['admin', 'manager', 'picker'],
  describe: (p) =>
    `${p.delta > 0 ? '+' : ''}${p.delta} (${STOCK_ADJUST_REASON_LABELS[p.reason]}${p.note ? `: ${p.note}` : ''})`,
});
