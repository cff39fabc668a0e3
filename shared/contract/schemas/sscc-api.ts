import { z } from 'zod';

/** One block of SSCC serial references for a station. */
export const SsccBlockSchema = z.object({
  id: z.uuid(),
  companyPrefix: z.string().regex(/^\d{7,10}$/),
  extensionDigit: z.number().int().min(0).max(9),
  first: z.number().int().positive(),
  last: z.number().int().positive(),
});

/** Answer of POST /v1/sscc-ranges: `allocated` when a new block was cut for the station. */
export const SsccRangesAnswerSchema = z.object({
  allocated: z.boolean(),
  /** False when the company has no GS1 prefix set up: labels print without an SSCC. */
  configured: z.boolean(),
  ranges: z.array(SsccBlockSchema),
});
export type SsccRangesAnswer = z.infer<typeof SsccRangesAnswerSchema>;
