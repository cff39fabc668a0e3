import { z } from 'zod';
import { CurrencySchema, MinorUnitsSchema } from '../domain/money';
import { defineMutation } from './define-mutation';

const CodeSchema = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'A carrier or service code');

/**
 * A parcel got its label: carrier, service, tracking number and what it cost. The label is on
 * paper (or in the spool) before this is made, so the head office records it whatever else
 * happened meanwhile; it refuses only what cannot be true (an unknown parcel, a parcel labelled
 * twice, a consignment number outside the station's ranges).
 */
export const ShipmentCreatePayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    parcelId: z.uuid(),
    carrierCode: CodeSchema,
    serviceCode: CodeSchema,
    serviceName: z.string().trim().min(1).max(80),
    trackingNumber: z
      .string()
      .regex(/^[A-Z0-9]{4,40}$/, 'A tracking number is 4 to 40 capitals or digits'),
    sscc: z
      .string()
      .regex(/^\d{18}$/, 'An SSCC is 18 digits')
      .optional(),
    /** The block and serial reference the SSCC came from (this station's own SSCC block). */
    ssccSource: z.object({ rangeId: z.uuid(), serial: z.number().int().min(1) }).optional(),
    /** Rate-card carriers: the block and serial the consignment number came from. */
    consignment: z.object({ rangeId: z.uuid(), serial: z.number().int().min(1) }).optional(),
    priceMinor: MinorUnitsSchema.pipe(z.number().int().min(0)),
    currency: CurrencySchema,
    choiceReason: z.string().trim().min(1).max(300),
    overrideReason: z
      .string()
      .trim()
      .min(5, 'Say why the rule was overridden (at least 5 characters)')
      .max(300)
      .optional(),
    parcelIndex: z.number().int().min(1),
    parcelCount: z.number().int().min(1),
  })
  .strict()
  .refine((p) => (p.sscc === undefined) === (p.ssccSource === undefined), {
    path: ['ssccSource'],
    message: 'An SSCC comes with the block it was taken from',
  })
  .refine((p) => p.parcelIndex <= p.parcelCount, {
    path: ['parcelIndex'],
    message: 'The parcel number is larger than the number of parcels',
  });
export type ShipmentCreatePayload = z.infer<typeof ShipmentCreatePayloadSchema>;

export const shipmentCreate = defineMutation({
  kind: 'shipment.create',
  summary: 'Label a parcel: carrier, service and tracking number; the order ships.',
  payload: ShipmentCreatePayloadSchema,
  roles: ['admin', 'manager', 'packer', 'shipping'],
  describe: (p) =>
    `Parcel labelled ${p.carrierCode} ${p.serviceName}, tracking ${p.trackingNumber} (${p.parcelIndex} of ${p.parcelCount})${p.overrideReason ? ` — override: ${p.overrideReason}` : ''}`,
});

export const ShipmentVoidPayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    shipmentId: z.uuid(),
    reason: z
      .string()
      .trim()
      .min(3, 'Say why the label is voided (at least 3 characters)')
      .max(300),
  })
  .strict();
export type ShipmentVoidPayload = z.infer<typeof ShipmentVoidPayloadSchema>;

/** The label is void (torn up, wrong carrier): the parcel goes back to waiting for one. */
export const shipmentVoid = defineMutation({
  kind: 'shipment.void',
  summary: 'Void a parcel label with a reason; the parcel can be labelled again.',
  payload: ShipmentVoidPayloadSchema,
  roles: ['admin', 'manager', 'packer', 'shipping'],
  describe: (p) => `Label voided: ${p.reason}`,
});

export const ManifestClosePayloadSchema = z
  .object({
    warehouseId: z.uuid(),
    carrierCode: CodeSchema,
    /** The station's prefix keeps it unique offline: M-<station>-<date>-<n>. */
    number: z
      .string()
      .regex(/^M-[A-Z0-9-]{2,40}$/, 'A manifest number looks like M-PK1-20261126-1'),
    shipmentIds: z
      .array(z.uuid())
      .min(1, 'A manifest lists at least one parcel')
      .max(5_000)
      .refine((ids) => new Set(ids).size === ids.length, 'A parcel appears twice'),
  })
  .strict();
export type ManifestClosePayload = z.infer<typeof ManifestClosePayloadSchema>;

/** End of day for one carrier: the parcels handed over with the collection. */
export const manifestClose = defineMutation({
  kind: 'manifest.close',
  summary: "Close the day's manifest for a carrier: its parcels go with the collection.",
  payload: ManifestClosePayloadSchema,
  roles: ['admin', 'manager', 'shipping'],
  describe: (p) => `Manifest ${p.number}: ${p.shipmentIds.length} parcel(s) for ${p.carrierCode}`,
});
