import { z } from 'zod';
import { LabelError } from './label-error';
import { isValidSscc } from './sscc';

const text = (max: number) => z.string().trim().min(1).max(max);

export const labelAddressSchema = z.object({
  name: text(100),
  company: text(100).optional(),
  lines: z.array(text(100)).min(1).max(4),
  // Some countries (e.g. Ireland before Eircode, Hong Kong) have no postcode.
  postcode: z.string().trim().max(20),
  city: text(60),
  country: z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166 alpha-2 code such as GB'),
});
export type LabelAddress = z.infer<typeof labelAddressSchema>;

export const BARCODE_SYMBOLOGIES = ['code128', 'gs1-128', 'qr', 'datamatrix'] as const;
export type BarcodeSymbology = (typeof BARCODE_SYMBOLOGIES)[number];

/**
 * Barcode data is limited to printable ASCII without the ZPL command prefixes (^ ~) and the
 * backslash, which some symbologies treat as an escape: carriers' tracking data never needs them,
 * and refusing them keeps what is scanned exactly what was meant.
 */
const barcodeData = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[\x20-\x7E]+$/, 'barcode data must be printable ASCII')
  .refine((data) => !/[\^~\\]/.test(data), 'barcode data must not contain ^, ~ or \\');

export const barcodeSpecSchema = z.discriminatedUnion('symbology', [
  z.object({ symbology: z.literal('code128'), data: barcodeData.pipe(z.string().max(48)) }),
  z.object({
    symbology: z.literal('gs1-128'),
    // A GS1 element string of numeric AIs, written "(00)106141411234567897" or without brackets.
    data: z
      .string()
      .regex(
        /^(\(\d{2,4}\)\d+)+$|^\d+$/,
        'GS1-128 data must be digits, optionally with (AI) brackets',
      )
      .refine((data) => data.replace(/[()]/g, '').length <= 48, 'GS1-128 data is too long'),
  }),
  z.object({ symbology: z.literal('qr'), data: barcodeData }),
  z.object({
    symbology: z.literal('datamatrix'),
    // ^BX treats '_' (older firmware) or '~' (newer) as its own escape character, so neither may
    // reach it: '~' is refused for every symbology, '_' here.
    data: barcodeData.refine((data) => !data.includes('_'), 'DataMatrix data must not contain _'),
  }),
]);
export type BarcodeSpec = z.infer<typeof barcodeSpecSchema>;

export const shippingLabelSchema = z
  .object({
    shipFrom: labelAddressSchema,
    shipTo: labelAddressSchema,
    carrier: z.object({ name: text(40), service: text(60) }),
    trackingNumber: text(48),
    trackingBarcode: barcodeSpecSchema,
    sscc: z
      .string()
      .refine(isValidSscc, 'SSCC must be 18 digits ending in its GS1 check digit')
      .optional(),
    parcel: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
    weightGrams: z.number().int().positive().max(1_000_000),
    /** The order number the clerk and the customer know the parcel by. */
    reference: text(40),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  })
  .refine((label) => label.parcel.index <= label.parcel.count, {
    message: 'parcel number must not exceed the number of parcels',
    path: ['parcel', 'index'],
  });
export type ShippingLabel = z.infer<typeof shippingLabelSchema>;

/** Validates a label model, refusing with one message that names every bad field. */
export function parseShippingLabel(input: unknown): ShippingLabel {
  const result = shippingLabelSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new LabelError(
    'INVALID_LABEL',
    `The shipping label cannot be printed: ${problems.join('; ')}`,
  );
}
