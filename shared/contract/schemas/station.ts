import { z } from 'zod';

export const StationInfoSchema = z.object({
  stationId: z.uuid(),
  stationName: z.string(),
  appVersion: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  startedAt: z.iso.datetime(),
});
export type StationInfo = z.infer<typeof StationInfoSchema>;

/**
 * The head-office link. Until a head office is configured the station is on its own, and says
 * so, rather than pretending to be online or offline.
 */
export const ConnectionStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not-configured') }),
  z.object({ state: z.literal('online'), since: z.iso.datetime() }),
  z.object({
    state: z.literal('offline'),
    since: z.iso.datetime(),
    reason: z.string(),
  }),
]);
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;

export const StationStatusSchema = z.object({
  stationName: z.string(),
  connection: ConnectionStateSchema,
  /** Absent until people sign in at stations. */
  signedInPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Absent until the station has an outbox. */
  pendingUploads: z.number().int().nonnegative().nullable(),
  /** Absent until a printer is configured. */
  printers: z
    .array(
      z.object({
        name: z.string(),
        state: z.enum(['ready', 'busy', 'error', 'unreachable']),
        detail: z.string().optional(),
      }),
    )
    .nullable(),
});
export type StationStatus = z.infer<typeof StationStatusSchema>;
