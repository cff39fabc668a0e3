import { z } from 'zod';
import { StockAdjustReasonSchema } from '../../mutations/stock-adjust';

/** A product as the replica knows it, found by barcode, SKU or name. */
export const InventoryProductSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  gtin: z.string().nullable(),
  /** Set when the product was found by a barcode: how many units that barcode stands for. */
  matchedBarcode: z.object({ barcode: z.string(), packQuantity: z.number().int() }).nullable(),
});
export type InventoryProduct = z.infer<typeof InventoryProductSchema>;

/**
 * One product in one bin. `syncedOnHand` is what the head office last told us; `pendingDelta`
 * the sum of this station's changes it has not confirmed yet; `onHand` what the floor sees.
 */
export const BinStockRowSchema = z.object({
  binId: z.uuid(),
  binCode: z.string(),
  pickSequence: z.number().int(),
  product: InventoryProductSchema,
  syncedOnHand: z.number().int(),
  pendingDelta: z.number().int(),
  onHand: z.number().int(),
});
export type BinStockRow = z.infer<typeof BinStockRowSchema>;

export const InventoryQuerySchema = z.strictObject({
  /** A scan (barcode), a SKU, a bin code or part of a product name; empty lists everything. */
  search: z.string().trim().max(200).default(''),
  limit: z.number().int().min(1).max(500).default(200),
});
export type InventoryQuery = z.infer<typeof InventoryQuerySchema>;

export const InventoryListSchema = z.object({
  /** Set when the search was an exact barcode, SKU or bin code. */
  exactMatch: z.enum(['barcode', 'sku', 'bin']).nullable(),
  rows: z.array(BinStockRowSchema),
  /** True when more rows matched than `limit`. */
  truncated: z.boolean(),
  warehouseCode: z.string().nullable(),
});
export type InventoryList = z.infer<typeof InventoryListSchema>;

/** A count or correction at the station: either what was counted, or the change in units. */
export const InventoryAdjustInputSchema = z
  .strictObject({
    binId: z.uuid(),
    productId: z.uuid(),
    countedQuantity: z.number().int().nonnegative().max(1_000_000).optional(),
    delta: z.number().int().min(-1_000_000).max(1_000_000).optional(),
    reason: StockAdjustReasonSchema,
    note: z.string().trim().max(200).default(''),
  })
  .refine((i) => (i.countedQuantity === undefined) !== (i.delta === undefined), {
    message: 'Give either the counted quantity or the change in units, not both',
  });
export type InventoryAdjustInput = z.input<typeof InventoryAdjustInputSchema>;
