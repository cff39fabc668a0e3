import { z } from 'zod';

export const AppliedMigrationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  appliedAt: z.iso.datetime(),
});

export const DiagnosticsSchema = z.object({
  database: z.object({
    file: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    sqliteVersion: z.string(),
    journalMode: z.string(),
    foreignKeys: z.boolean(),
    integrity: z.string(),
    migrations: z.array(AppliedMigrationSchema),
  }),
  runtime: z.object({
    node: z.string(),
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
    platform: z.string(),
    arch: z.string(),
    pid: z.number().int(),
    uptimeSeconds: z.number().nonnegative(),
    rssBytes: z.number().int().nonnegative(),
  }),
  transport: z.object({
    kind: z.enum(['ipc', 'websocket', 'in-process']),
    clients: z.number().int().nonnegative(),
  }),
});
export type Diagnostics = z.infer<typeof DiagnosticsSchema>;
