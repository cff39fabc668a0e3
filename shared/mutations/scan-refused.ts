import { z } from 'zod';
import { defineMutation } from './define-mutation';

export const SCAN_SCREENS = ['pick', 'pack'] as const;
export const ScanScreenSchema = z.enum(SCAN_SCREENS);

/**
 * A scan the floor refused (wrong bin, wrong item, too many, unknown barcode …), recorded so a
 * manager sees refused scans across the warehouse beside short picks. It changes no stock and
 * no order: it is the floor's exception log, kept like every other change.
 */
export const ScanRefusedPayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    screen: ScanScreenSchema,
    waveId: z.uuid().nullable(),
    fulfilmentId: z.uuid().nullable(),
    /** The big words the floor saw, e.g. "Wrong bin". */
    reason: z.string().trim().min(1).max(60),
    /** The sentence that said why. */
    detail: z.string().trim().max(300),
    /** What was scanned, cut to 100 characters, GS shown as <GS>. */
    scanned: z.string().max(100),
  })
  .strict();
export type ScanRefusedPayload = z.infer<typeof ScanRefusedPayloadSchema>;

export const scanRefused = defineMutation({
  kind: 'scan.refused',
  summary: 'Record a scan the floor refused, for the manager’s exception list.',
  payload: ScanRefusedPayloadSchema,
  roles: ['admin', 'manager', 'picker', 'packer'],
  describe: (p) => `Refused scan on ${p.screen}: ${p.reason}`,
});
