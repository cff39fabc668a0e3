import { z } from 'zod';
import { OrderStatusSchema } from '../domain/order-status';
import { UtcTimeSchema } from './money-amount';
import { BinCodeSchema, SkuSchema, WarehouseCodeSchema } from './stock-references';

/** `POST /v1/stock/receipts`: goods that arrived at a warehouse. */
export const StockReceiptSchema = z.object({
  warehouse: WarehouseCodeSchema,
  /** Where the goods were put away; without it they count for the warehouse but no bin yet. */
  bin: BinCodeSchema.optional(),
  /** The purchase order they arrived against; its received quantities and status follow. */
  purchaseOrder: z.string().trim().min(1).max(40).optional(),
  /** The delivery note, ASN or packing list number, so the ledger row can be traced. */
  reference: z
    .string({ error: 'Give the delivery note or ASN number as reference' })
    .trim()
    .min(1, 'Give the delivery note or ASN number as reference')
    .max(100),
  lines: z
    .array(
      z.object({
        sku: SkuSchema,
        quantity: z
          .number({ error: 'Quantity is a whole number of units, at least 1' })
          .int('Quantity is a whole number of units, at least 1')
          .min(1, 'Quantity is a whole number of units, at least 1')
          .max(1_000_000),
      }),
    )
    .min(1, 'A receipt needs at least one line')
    .max(500),
});
export type StockReceipt = z.infer<typeof StockReceiptSchema>;
export type StockReceiptInput = z.input<typeof StockReceiptSchema>;

const SkuQuantitySchema = z.object({ sku: z.string(), quantity: z.number().int() });

/** Backordered units of one order that the receipt reserved. */
export const BackorderFillSchema = z.object({
  order: z.object({ id: z.uuid(), number: z.string(), status: OrderStatusSchema }),
  fulfilment: z.string(),
  lines: z.array(SkuQuantitySchema),
});
export type BackorderFill = z.infer<typeof BackorderFillSchema>;

export const StockReceiptAnswerSchema = z.object({
  receipt: z.object({
    id: z.uuid(),
    warehouse: z.string(),
    bin: z.string().nullable(),
    purchaseOrder: z.object({ number: z.string(), status: z.string() }).nullable(),
    reference: z.string(),
    lines: z.array(SkuQuantitySchema),
    receivedAt: UtcTimeSchema,
    actor: z.string(),
  }),
  /** Oldest order first, as the units were handed out. */
  backorders: z.array(BackorderFillSchema),
});
export type StockReceiptAnswer = z.infer<typeof StockReceiptAnswerSchema>;
