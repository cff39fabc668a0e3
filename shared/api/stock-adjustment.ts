import { z } from 'zod';
import { UtcTimeSchema } from './money-amount';
import { BackorderFillSchema } from './stock-receipt';
import { BinCodeSchema, SkuSchema, WarehouseCodeSchema } from './stock-references';

/** `POST /v1/stock/adjustments`: a correction of one bin's count, with the reason for it. */
export const StockAdjustmentSchema = z.object({
  warehouse: WarehouseCodeSchema,
  bin: BinCodeSchema,
  sku: SkuSchema,
  /** Signed: +3 found, -2 damaged. */
  quantity: z
    .number({ error: 'Quantity is a signed whole number of units, e.g. -2 or 3' })
    .int('Quantity is a signed whole number of units, e.g. -2 or 3')
    .min(-1_000_000)
    .max(1_000_000)
    .refine((q) => q !== 0, 'An adjustment of 0 changes nothing; give the units added or removed'),
  reason: z
    .string({ error: 'Say why the count changed, e.g. "2 damaged in handling"' })
    .trim()
    .min(1, 'Say why the count changed, e.g. "2 damaged in handling"')
    .max(500),
  reference: z.string().trim().max(100).optional(),
});
export type StockAdjustment = z.infer<typeof StockAdjustmentSchema>;
export type StockAdjustmentInput = z.input<typeof StockAdjustmentSchema>;

export const StockLevelSchema = z.object({
  warehouse: z.string(),
  sku: z.string(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
});
export type StockLevel = z.infer<typeof StockLevelSchema>;

export const StockAdjustmentAnswerSchema = z.object({
  movement: z.object({
    id: z.uuid(),
    warehouse: z.string(),
    bin: z.string(),
    sku: z.string(),
    quantity: z.number().int(),
    reason: z.string(),
    reference: z.string(),
    actor: z.string(),
    at: UtcTimeSchema,
  }),
  /** The level after the adjustment and any backorders it filled. */
  level: StockLevelSchema,
  binOnHand: z.number().int().nonnegative(),
  /** Orders waiting for stock that got the units found, oldest first. */
  backorders: z.array(BackorderFillSchema),
});
export type StockAdjustmentAnswer = z.infer<typeof StockAdjustmentAnswerSchema>;
