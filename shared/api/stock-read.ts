import { z } from 'zod';
import { StockLevelSchema } from './stock-adjustment';

const optionalFilter = (max: number) => z.string().trim().min(1).max(max).optional();

/** `GET /v1/stock` query string; every filter is optional and they combine with AND. */
export const StockQuerySchema = z.object({
  warehouse: z.string().trim().toUpperCase().min(1).max(8).optional(),
  bin: optionalFilter(40),
  sku: optionalFilter(64),
});
export type StockQuery = z.infer<typeof StockQuerySchema>;

export const BinStockSchema = z.object({
  warehouse: z.string(),
  bin: z.string(),
  sku: z.string(),
  onHand: z.number().int().nonnegative(),
});
export type BinStock = z.infer<typeof BinStockSchema>;

/**
 * `bins`: what lies where (empty bins left out). `levels`: per warehouse and product, with what
 * orders have reserved; the bin filter does not narrow them, as reservations are per warehouse.
 */
export const StockAnswerSchema = z.object({
  bins: z.array(BinStockSchema),
  levels: z.array(StockLevelSchema),
});
export type StockAnswer = z.infer<typeof StockAnswerSchema>;
