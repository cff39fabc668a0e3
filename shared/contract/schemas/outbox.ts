import { z } from 'zod';
import { MutationRejectCodeSchema } from '../../mutations/envelope';
import { ConnectionStateSchema } from './station';
import { ShapeSyncStatusSchema } from './sync';

/**
 * `waiting`: stored here, not yet confirmed (never sent, or sent and the answer was lost).
 * `accepted`: the head office applied it; `confirmed` once the synced data shows it.
 * `rejected`: the head office refused it, for the reason given; it will not be retried.
 */
export const OutboxStateSchema = z.enum(['waiting', 'accepted', 'rejected']);
export type OutboxState = z.infer<typeof OutboxStateSchema>;

export const OutboxEntrySchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  kind: z.string(),
  description: z.string(),
  personName: z.string(),
  createdAt: z.iso.datetime(),
  state: OutboxStateSchema,
  /** True once the synced replica contains the change and the local overlay is gone. */
  confirmed: z.boolean(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  rejection: z.object({ code: MutationRejectCodeSchema, message: z.string() }).nullable(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const OutboxQuerySchema = z.strictObject({
  state: OutboxStateSchema.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type OutboxQuery = z.infer<typeof OutboxQuerySchema>;

export const OutboxCountsSchema = z.object({
  waiting: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** Accepted but not yet seen in the synced data. */
  unconfirmed: z.number().int().nonnegative(),
});
export type OutboxCounts = z.infer<typeof OutboxCountsSchema>;

/** A problem worth telling a clerk about, in words they understand. */
export const SyncProblemSchema = z.object({
  at: z.iso.datetime(),
  where: z.enum(['download', 'upload', 'enrolment']),
  message: z.string(),
});
export type SyncProblem = z.infer<typeof SyncProblemSchema>;

/** Everything the Sync screen shows, in one answer. */
export const SyncOverviewSchema = z.object({
  connection: ConnectionStateSchema,
  shapes: z.array(ShapeSyncStatusSchema),
  outbox: OutboxCountsSchema,
  /** When the uploader will try again, if it is waiting out a failure. */
  nextUploadAttemptAt: z.iso.datetime().nullable(),
  lastUploadAt: z.iso.datetime().nullable(),
  problems: z.array(SyncProblemSchema),
});
export type SyncOverview = z.infer<typeof SyncOverviewSchema>;
