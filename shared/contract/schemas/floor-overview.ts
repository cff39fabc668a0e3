import { z } from 'zod';
import { WaveSummarySchema } from './floor';

/**
 * For the manager's exception list: a short pick or a refused scan (any station of the
 * warehouse), or a change of this station the head office refused.
 */
export const FloorExceptionSchema = z.object({
  kind: z.enum(['short', 'scan', 'refused']),
  at: z.iso.datetime(),
  station: z.string(),
  person: z.string(),
  text: z.string(),
});
export type FloorException = z.infer<typeof FloorExceptionSchema>;

export const PickRateSchema = z.object({
  person: z.string(),
  unitsLastHour: z.number().int(),
  picksLastHour: z.number().int(),
});

/** The warehouse floor as the replica shows it: every station's waves, not only this one's. */
export const FloorOverviewSchema = z.object({
  waves: z.array(WaveSummarySchema),
  releasedWaiting: z.number().int(),
  unitsPickedLastHour: z.number().int(),
  pickRates: z.array(PickRateSchema),
  exceptions: z.array(FloorExceptionSchema),
  packedToday: z.number().int(),
});
export type FloorOverview = z.infer<typeof FloorOverviewSchema>;
