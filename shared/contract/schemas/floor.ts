import { z } from 'zod';
import { ShortPickReasonSchema } from '../../mutations/pick-short';
import { ToteCodeSchema } from '../../mutations/floor-fields';
import { WaveKindSchema } from '../../mutations/wave-start';
import { ScanEventSchema, ScanFeedbackSchema } from '../../scanning/scan-event';

/** A product as the pick and pack screens show it. */
export const FloorProductSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  gtin: z.string().nullable(),
  requiresLot: z.boolean(),
  requiresSerial: z.boolean(),
});
export type FloorProduct = z.infer<typeof FloorProductSchema>;

/** What a scan turned out to be, read from the replica. */
export const ScanMeaningSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('product'),
    product: FloorProductSchema,
    barcode: z.string(),
    /** How many units this barcode stands for: 1 for the unit, 12 for a case of 12 … */
    packQuantity: z.number().int(),
    lot: z.string().nullable(),
    expiry: z.string().nullable(),
    serial: z.string().nullable(),
    /** GS1 count (AI 30/37) when the label states one; it overrides packQuantity. */
    count: z.number().int().nullable(),
  }),
  z.object({ kind: z.literal('bin'), binId: z.uuid(), code: z.string() }),
  z.object({ kind: z.literal('tote'), code: z.string() }),
  z.object({ kind: z.literal('fulfilment'), fulfilmentId: z.uuid(), number: z.string() }),
  z.object({ kind: z.literal('sscc'), sscc: z.string() }),
  z.object({ kind: z.literal('unknown'), reason: z.string() }),
]);
export type ScanMeaning = z.infer<typeof ScanMeaningSchema>;

export const ScanResolveInputSchema = z.strictObject({ scan: ScanEventSchema });

/** A released order waiting to be picked. */
export const PickCandidateSchema = z.object({
  fulfilmentId: z.uuid(),
  number: z.string(),
  orderNumber: z.string(),
  serviceLevel: z.string(),
  shipToName: z.string(),
  lines: z.number().int(),
  units: z.number().int(),
  releasedAt: z.iso.datetime(),
});
export type PickCandidate = z.infer<typeof PickCandidateSchema>;

export const PickStartInputSchema = z.strictObject({
  kind: WaveKindSchema,
  fulfilmentIds: z.array(z.uuid()).min(1).max(24),
  /** One per order for cluster picking, one for the whole cart for batch, one for single. */
  totes: z.array(ToteCodeSchema).max(24).default([]),
});
export type PickStartInput = z.input<typeof PickStartInputSchema>;

/** One stop on the walk: take `quantity` of a product from a bin for one order line. */
export const PickTaskSchema = z.object({
  key: z.string(),
  fulfilmentId: z.uuid(),
  fulfilmentNumber: z.string(),
  orderNumber: z.string(),
  fulfilmentLineId: z.uuid(),
  product: FloorProductSchema,
  /** Null when no bin in the replica holds the product: the line can only be reported short. */
  bin: z.object({ id: z.uuid(), code: z.string(), pickSequence: z.number().int() }).nullable(),
  tote: z.string().nullable(),
  /** Units still to take from this bin at this stop. */
  quantity: z.number().int(),
  /**
   * The order lines this stop serves, in pick-list order. One for single and cluster picking; a
   * batch stop takes the same product from the same bin for several orders at once.
   */
  lines: z.array(
    z.object({
      fulfilmentLineId: z.uuid(),
      fulfilmentId: z.uuid(),
      fulfilmentNumber: z.string(),
      orderNumber: z.string(),
      quantity: z.number().int(),
    }),
  ),
});
export type PickTask = z.infer<typeof PickTaskSchema>;

export const PickOrderProgressSchema = z.object({
  fulfilmentId: z.uuid(),
  number: z.string(),
  orderNumber: z.string(),
  tote: z.string().nullable(),
  unitsNeeded: z.number().int(),
  unitsPicked: z.number().int(),
  unitsShort: z.number().int(),
});

export const PickProblemSchema = z.object({
  mutationId: z.uuid(),
  at: z.iso.datetime(),
  message: z.string(),
});

export const PickStateSchema = z.object({
  wave: z.object({
    id: z.uuid(),
    number: z.string(),
    kind: WaveKindSchema,
    createdAt: z.iso.datetime(),
    /** Not yet accepted by the head office. */
    pending: z.boolean(),
  }),
  orders: z.array(PickOrderProgressSchema),
  current: PickTaskSchema.nullable(),
  /** The next stops after the current one, in walk order. */
  upcoming: z.array(PickTaskSchema),
  /** What the current task waits for. */
  expecting: z.enum(['bin', 'item', 'lot', 'serial', 'nothing']),
  /** Lot and expiry already read for the current task (from a GS1 label), if any. */
  captured: z.object({ lot: z.string().nullable(), expiry: z.string().nullable() }),
  progress: z.object({
    unitsNeeded: z.number().int(),
    unitsPicked: z.number().int(),
    unitsShort: z.number().int(),
  }),
  /** The pick the Undo key takes back; null when there is none this station can undo. */
  lastPick: z.object({ pickId: z.uuid(), text: z.string(), at: z.iso.datetime() }).nullable(),
  /** Picks or shorts the head office refused, newest first, each with its reason. */
  refused: z.array(PickProblemSchema),
  done: z.boolean(),
});
export type PickState = z.infer<typeof PickStateSchema>;

export const WaveSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: WaveKindSchema,
  orders: z.number().int(),
  unitsNeeded: z.number().int(),
  unitsPicked: z.number().int(),
  unitsShort: z.number().int(),
  done: z.boolean(),
  createdAt: z.iso.datetime(),
  station: z.string(),
  person: z.string(),
});
export type WaveSummary = z.infer<typeof WaveSummarySchema>;

export const ScanAnswerSchema = z.object({
  feedback: ScanFeedbackSchema,
  /** How long the station backend took from receiving the scan to deciding, in ms. */
  tookMs: z.number(),
});

export const PickScanAnswerSchema = ScanAnswerSchema.extend({ state: PickStateSchema });
export type PickScanAnswer = z.infer<typeof PickScanAnswerSchema>;

export const PickScanInputSchema = z.strictObject({ waveId: z.uuid(), scan: ScanEventSchema });
export const PickShortInputSchema = z.strictObject({
  waveId: z.uuid(),
  reason: ShortPickReasonSchema,
  /** Units the bin could not give; all that the task still wants when left out. */
  quantity: z.number().int().min(1).max(100_000).optional(),
});
export const WaveRefSchema = z.strictObject({ waveId: z.uuid() });
