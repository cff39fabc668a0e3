import { z } from 'zod';

/**
 * What a station started without a head office needs to join the demo one: where it is, a
 * manager token to ask for enrolment codes with, and which warehouse to enrol to. Written by
 * `npm run head-office -- --demo --demo-link-file F` once the API is listening, read by the
 * station's demo launcher.
 */
export const DemoLinkSchema = z.object({
  headOfficeUrl: z.url(),
  managerToken: z.string().min(32),
  warehouseCode: z.string(),
  writtenAt: z.iso.datetime(),
});
export type DemoLink = z.infer<typeof DemoLinkSchema>;
