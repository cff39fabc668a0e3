import { z } from 'zod';

/**
 * `POST /v1/mutations`: a station's outbox, in the order its people made the changes. The
 * payload is checked per mutation (a bad one is rejected on its own and never blocks the rest),
 * so here it is only "some JSON".
 */
export const MutationEnvelopeSchema = z.object({
  /** Chosen at the station when the change is made; the head office applies each id once. */
  id: z.uuid(),
  kind: z.string().min(1).max(64),
  payload: z.json(),
  personId: z.uuid(),
  /** When the person made the change at the station (its clock). */
  createdAt: z.iso.datetime({ offset: true }),
});
export type MutationEnvelope = z.infer<typeof MutationEnvelopeSchema>;

export const MAX_MUTATION_BATCH = 200;

export const MutationBatchSchema = z.object({
  mutations: z
    .array(MutationEnvelopeSchema)
    .min(1, 'Send at least one mutation')
    .max(MAX_MUTATION_BATCH, `Send at most ${MAX_MUTATION_BATCH} mutations at a time`),
});
export type MutationBatch = z.infer<typeof MutationBatchSchema>;

/** Why the head office refused a mutation. Final: the station shows it and does not retry. */
export const MUTATION_REJECT_CODES = [
  'INVALID',
  'UNKNOWN_KIND',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'WRONG_WAREHOUSE',
  'INSUFFICIENT_STOCK',
  'CONFLICT',
  // The floor: more units than the order line still needs (another station picked them first),
  // or a product that is not the line's.
  'OVER_PICK',
  'WRONG_ITEM',
] as const;
export const MutationRejectCodeSchema = z.enum(MUTATION_REJECT_CODES);
export type MutationRejectCode = z.infer<typeof MutationRejectCodeSchema>;

export const MutationOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    id: z.uuid(),
    status: z.literal('accepted'),
    /** The head-office transaction that applied it; the synced changes carry the same txid. */
    txid: z.string().regex(/^\d+$/),
    appliedAt: z.iso.datetime({ offset: true }),
  }),
  z.object({
    id: z.uuid(),
    status: z.literal('rejected'),
    code: MutationRejectCodeSchema,
    message: z.string(),
    appliedAt: z.iso.datetime({ offset: true }),
  }),
]);
export type MutationOutcome = z.infer<typeof MutationOutcomeSchema>;

/** One outcome per mutation sent, in the same order. */
export const MutationBatchAnswerSchema = z.object({
  results: z.array(MutationOutcomeSchema),
});
export type MutationBatchAnswer = z.infer<typeof MutationBatchAnswerSchema>;
