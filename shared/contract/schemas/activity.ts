import { z } from 'zod';

export const ActivityEntrySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  kind: z.string(),
  actor: z.string(),
  summary: z.string(),
});
export type ActivityEntry = z.infer<typeof ActivityEntrySchema>;

export const ActivityQuerySchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
