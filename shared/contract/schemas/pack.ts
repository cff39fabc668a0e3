import { z } from 'zod';
import { ScanEventSchema } from '../../scanning/scan-event';
import { FloorProductSchema, ScanAnswerSchema } from './floor';

/** A box the bench stocks, with its inside size and the most it may weigh packed. */
export const PackBoxSchema = z.object({
  code: z.string(),
  name: z.string(),
  lengthMm: z.number().int(),
  widthMm: z.number().int(),
  heightMm: z.number().int(),
  emptyWeightGrams: z.number().int(),
  maxWeightGrams: z.number().int(),
});
export type PackBox = z.infer<typeof PackBoxSchema>;

/** One order line at the bench: what was ordered, picked, and verified into parcels. */
export const PackLineSchema = z.object({
  fulfilmentLineId: z.uuid(),
  product: FloorProductSchema,
  ordered: z.number().int(),
  picked: z.number().int(),
  short: z.number().int(),
  /** In parcels already closed. */
  packed: z.number().int(),
  /** Verified by scan into the parcel on the bench now. */
  inParcel: z.number().int(),
});
export type PackLine = z.infer<typeof PackLineSchema>;

export const PackCalloutSchema = z.object({
  kind: z.enum(['missing', 'extra', 'wrong']),
  text: z.string(),
});
export type PackCallout = z.infer<typeof PackCalloutSchema>;

export const ClosedParcelSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  boxCode: z.string(),
  weightGrams: z.number().int(),
  units: z.number().int(),
  pending: z.boolean(),
  rejected: z.string().nullable(),
});

export const PackStateSchema = z.object({
  fulfilment: z.object({
    id: z.uuid(),
    number: z.string(),
    orderNumber: z.string(),
    status: z.string(),
    serviceLevel: z.string(),
    shipTo: z.object({ name: z.string(), lines: z.array(z.string()) }),
    tote: z.string().nullable(),
  }),
  lines: z.array(PackLineSchema),
  /** Missing, extra and wrong items, each in words the packer can act on. */
  callouts: z.array(PackCalloutSchema),
  openParcel: z.object({
    number: z.string(),
    units: z.number().int(),
    /** Sum of the verified items' weights plus the suggested box. */
    estimatedWeightGrams: z.number().int(),
    suggestedBox: PackBoxSchema.nullable(),
    /** Why no box fits, when none does. */
    boxProblem: z.string().nullable(),
  }),
  parcels: z.array(ClosedParcelSchema),
  boxes: z.array(PackBoxSchema),
  /** Every picked unit is verified into a closed parcel. */
  complete: z.boolean(),
});
export type PackState = z.infer<typeof PackStateSchema>;

export const PackOpenInputSchema = z.strictObject({ scan: ScanEventSchema });
export const PackOpenAnswerSchema = ScanAnswerSchema.extend({
  /** The order opened at the bench, or null when the scan named a cart of several. */
  state: PackStateSchema.nullable(),
  /** The orders in a scanned batch tote: scan or pick one of them. */
  choices: z.array(
    z.object({ fulfilmentId: z.uuid(), number: z.string(), orderNumber: z.string() }),
  ),
});
export type PackOpenAnswer = z.infer<typeof PackOpenAnswerSchema>;

export const FulfilmentRefSchema = z.strictObject({ fulfilmentId: z.uuid() });
export const PackScanInputSchema = z.strictObject({
  fulfilmentId: z.uuid(),
  scan: ScanEventSchema,
});
export const PackScanAnswerSchema = ScanAnswerSchema.extend({ state: PackStateSchema });
export type PackScanAnswer = z.infer<typeof PackScanAnswerSchema>;

export const PackCloseInputSchema = z.strictObject({
  fulfilmentId: z.uuid(),
  boxCode: z.string().trim().min(1).max(20),
  weightGrams: z.number().int().min(1).max(70_000),
  /** The packer says this is the order's last parcel. */
  last: z.boolean(),
});
export type PackCloseInput = z.input<typeof PackCloseInputSchema>;

export const PackingSlipSchema = z.object({
  fileName: z.string(),
  pdfBase64: z.string(),
});
export type PackingSlip = z.infer<typeof PackingSlipSchema>;
