import { z } from 'zod';
import { defineMethods } from '../define';
import {
  BinStockRowSchema,
  InventoryAdjustInputSchema,
  InventoryListSchema,
  InventoryQuerySchema,
} from '../schemas/inventory';
import { OutboxEntrySchema, OutboxQuerySchema, SyncOverviewSchema } from '../schemas/outbox';

export const inventorySyncMethods = defineMethods({
  'inventory.list': {
    summary: 'Stock by bin in this warehouse, with changes not yet confirmed, by scan or search.',
    input: InventoryQuerySchema,
    output: InventoryListSchema,
  },
  'inventory.adjust': {
    summary: 'Record a count or correction: shown at once, uploaded when the head office answers.',
    input: InventoryAdjustInputSchema,
    output: z.object({ mutationId: z.uuid(), row: BinStockRowSchema }),
  },
  'sync.overview': {
    summary: 'Connection, each shape’s state, the outbox counts and recent problems.',
    input: z.strictObject({}),
    output: SyncOverviewSchema,
  },
  'outbox.list': {
    summary: 'Changes made at this station, newest first, with their upload state.',
    input: OutboxQuerySchema,
    output: z.array(OutboxEntrySchema),
  },
  'outbox.retryNow': {
    summary: 'Stop waiting out the back-off and try the upload (and the download) now.',
    input: z.strictObject({}),
    output: z.null(),
  },
});
