import { z } from 'zod';
import { WarehouseCodeSchema } from './stock-references';

/** `POST /v1/stations/enrolment-codes` (manager token): a one-time code for one warehouse. */
export const EnrolmentCodeRequestSchema = z.object({
  warehouse: WarehouseCodeSchema,
  /** How long the code may wait to be used; a day at most. */
  validMinutes: z.number().int().min(1).max(1440).default(60),
});
export type EnrolmentCodeRequest = z.infer<typeof EnrolmentCodeRequestSchema>;

/** Shown once to the manager, typed at the station: groups of 4 from an unambiguous alphabet. */
export const EnrolmentCodeSchema = z
  .string({ error: 'Type the enrolment code the manager gave you' })
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/, {
    error: 'An enrolment code looks like ABCD-EFGH-JKLM',
  });

export const EnrolmentCodeAnswerSchema = z.object({
  code: z.string(),
  warehouse: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type EnrolmentCodeAnswer = z.infer<typeof EnrolmentCodeAnswerSchema>;

/** `POST /v1/stations/enrol` (no token: the code is the credential, once). */
export const EnrolRequestSchema = z.object({
  code: EnrolmentCodeSchema,
  stationId: z.uuid(),
  stationName: z.string().trim().min(1).max(40),
});
export type EnrolRequest = z.infer<typeof EnrolRequestSchema>;

export const EnrolAnswerSchema = z.object({
  /** Sent once; the head office keeps only its hash. */
  stationToken: z.string().min(32),
  stationId: z.uuid(),
  warehouse: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
});
export type EnrolAnswer = z.infer<typeof EnrolAnswerSchema>;
