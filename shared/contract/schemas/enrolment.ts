import { z } from 'zod';
import { EnrolmentCodeSchema } from '../../api/station-enrolment';

/** Which head office and warehouse this station belongs to; absent until it is enrolled. */
export const EnrolmentStateSchema = z.discriminatedUnion('enrolled', [
  z.object({ enrolled: z.literal(false) }),
  z.object({
    enrolled: z.literal(true),
    headOfficeUrl: z.string(),
    warehouseId: z.uuid(),
    warehouseCode: z.string(),
    warehouseName: z.string(),
    enrolledAt: z.iso.datetime(),
  }),
]);
export type EnrolmentState = z.infer<typeof EnrolmentStateSchema>;

export const HeadOfficeUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Give the head office address, e.g. http://10.0.0.5:5180' })
  .transform((url) => url.replace(/\/+$/, ''));

export const EnrolInputSchema = z.strictObject({
  headOfficeUrl: HeadOfficeUrlSchema,
  code: EnrolmentCodeSchema,
});
export type EnrolInput = z.infer<typeof EnrolInputSchema>;
