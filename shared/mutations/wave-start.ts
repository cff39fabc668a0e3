import { z } from 'zod';
import { defineMutation } from './define-mutation';
import { ToteCodeSchema } from './floor-fields';

/**
 * single: one order, picked straight into its tote. batch: several orders picked together onto
 * one cart and sorted at packing. cluster: several orders at once, each into its own tote.
 */
export const WAVE_KINDS = ['single', 'batch', 'cluster'] as const;
export const WaveKindSchema = z.enum(WAVE_KINDS, {
  error: `A pick list is ${WAVE_KINDS.join(', ')}`,
});
export type WaveKind = z.infer<typeof WaveKindSchema>;

export const WAVE_KIND_LABELS: Readonly<Record<WaveKind, string>> = {
  single: 'Single order',
  batch: 'Batch',
  cluster: 'Cluster (a tote per order)',
};

/** The most orders one pick list carries: a cart holds about this many totes. */
export const MAX_WAVE_FULFILMENTS = 24;

export const WaveStartPayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    /** Human number, prefixed by the station so two stations offline never collide. */
    number: z
      .string()
      .regex(/^W-[A-Z0-9]{2,8}-\d{1,8}$/, 'A pick list number looks like W-AB12-17'),
    kind: WaveKindSchema,
    fulfilments: z
      .array(z.object({ fulfilmentId: z.uuid(), tote: ToteCodeSchema.nullable() }).strict())
      .min(1, 'A pick list needs at least one order')
      .max(MAX_WAVE_FULFILMENTS, `A pick list holds at most ${MAX_WAVE_FULFILMENTS} orders`),
  })
  .strict()
  .refine((p) => new Set(p.fulfilments.map((f) => f.fulfilmentId)).size === p.fulfilments.length, {
    path: ['fulfilments'],
    message: 'An order appears twice in this pick list',
  })
  .refine((p) => p.kind !== 'single' || p.fulfilments.length === 1, {
    path: ['fulfilments'],
    message: 'A single-order pick list has exactly one order',
  })
  .refine((p) => p.kind !== 'cluster' || p.fulfilments.every((f) => f.tote !== null), {
    path: ['fulfilments'],
    message: 'Cluster picking puts every order in its own tote: give each order a tote',
  })
  .refine(
    (p) => {
      const totes = p.fulfilments.map((f) => f.tote).filter((t) => t !== null);
      return p.kind === 'batch' || new Set(totes).size === totes.length;
    },
    { path: ['fulfilments'], message: 'Two orders cannot share a tote in this pick list' },
  );
export type WaveStartPayload = z.infer<typeof WaveStartPayloadSchema>;

export const waveStart = defineMutation({
  kind: 'wave.start',
  summary: 'Start a pick list: claim released orders for picking at this station.',
  payload: WaveStartPayloadSchema,
  roles: ['admin', 'manager', 'picker'],
  describe: (p) =>
    `Pick list ${p.number}: ${WAVE_KIND_LABELS[p.kind]}, ${p.fulfilments.length} order${p.fulfilments.length === 1 ? '' : 's'}`,
});
