import { z } from 'zod';

/** Tables the station replicates from the head office, one shape each. */
export const SyncedShapeSchema = z.enum([
  'warehouses',
  'bins',
  'products',
  'product_barcodes',
  'stock_levels',
  'bin_stock',
  'people',
  'station_mutations',
  'fulfilments',
  'fulfilment_lines',
  'waves',
  'picks',
  'short_picks',
  'parcels',
  'scan_refusals',
  'carriers',
  'consignment_ranges',
  'sscc_ranges',
  'shipments',
  'manifests',
]);
export type SyncedShape = z.infer<typeof SyncedShapeSchema>;

/**
 * `initial-sync`: this run has not caught up yet (from scratch, after a restart, or after the head
 * office asked for a refetch). `offline`: the head office cannot be reached; the client keeps
 * retrying. `error`: it answered with a refusal (token, scope) or the replica could not be written.
 */
export const ShapeSyncStateSchema = z.enum(['initial-sync', 'live', 'offline', 'error']);
export type ShapeSyncState = z.infer<typeof ShapeSyncStateSchema>;

export const ShapeSyncStatusSchema = z.object({
  shape: SyncedShapeSchema,
  state: ShapeSyncStateSchema,
  /** When the replica last matched the head office; null before the first complete sync. */
  lastUpToDateAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export type ShapeSyncStatus = z.infer<typeof ShapeSyncStatusSchema>;

/** Every shape's state, sent whole so a listener never has to merge partial updates. */
export const SyncStatusSchema = z.object({
  shapes: z.array(ShapeSyncStatusSchema),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
