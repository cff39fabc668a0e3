import { z } from 'zod';
import { TrackingStateSchema } from '../../domain/shipping/tracking-state';

const Money = z.object({ amountMinor: z.number().int().nonnegative(), currency: z.string() });

/** A closed parcel without a live label: what the clerk ships next. */
export const ParcelToShipSchema = z.object({
  parcelId: z.uuid(),
  number: z.string(),
  fulfilmentId: z.uuid(),
  orderNumber: z.string(),
  index: z.number().int(),
  count: z.number().int(),
  weightGrams: z.number().int(),
  sizeMm: z.object({ length: z.number(), width: z.number(), height: z.number() }),
  destination: z.string(),
  serviceLevel: z.string(),
  closedAt: z.iso.datetime({ offset: true }),
  /** Set when an online-only carrier's label is waiting for the network. */
  awaiting: z
    .object({
      carrierCode: z.string(),
      serviceName: z.string(),
      since: z.iso.datetime({ offset: true }),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
    })
    .nullable(),
});
export type ParcelToShip = z.infer<typeof ParcelToShipSchema>;

export const PrintStateSchema = z.enum(['queued', 'sending', 'printed', 'failed', 'not-printed']);

/** A label as the Ship screen lists it. */
export const ShipmentViewSchema = z.object({
  shipmentId: z.uuid(),
  parcelId: z.uuid(),
  parcelNumber: z.string(),
  orderNumber: z.string(),
  carrierCode: z.string(),
  carrierName: z.string(),
  serviceName: z.string(),
  trackingNumber: z.string(),
  index: z.number().int(),
  count: z.number().int(),
  price: Money,
  overrideReason: z.string().nullable(),
  trackingState: TrackingStateSchema,
  createdAt: z.iso.datetime({ offset: true }),
  manifestNumber: z.string().nullable(),
  voided: z.boolean(),
  /** Not yet confirmed by the head office (made offline, or the upload is on its way). */
  pending: z.boolean(),
  print: PrintStateSchema,
  printError: z.string().nullable(),
});
export type ShipmentView = z.infer<typeof ShipmentViewSchema>;

export const CarrierSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['rate_card', 'middleware']),
  /** Rate-card carriers: consignment numbers this station has left; null for middleware. */
  numbersLeft: z.number().int().nullable(),
  /** Labels made and not yet on a manifest. */
  openLabels: z.number().int(),
});

export const ManifestViewSchema = z.object({
  manifestId: z.uuid(),
  number: z.string(),
  carrierCode: z.string(),
  parcels: z.number().int(),
  closedAt: z.iso.datetime({ offset: true }),
  submitted: z.enum(['pending', 'submitted', 'failed']),
  detail: z.string().nullable(),
});

export const ShipOverviewSchema = z.object({
  toShip: z.array(ParcelToShipSchema),
  labels: z.array(ShipmentViewSchema),
  carriers: z.array(CarrierSummarySchema),
  manifests: z.array(ManifestViewSchema),
});
export type ShipOverview = z.infer<typeof ShipOverviewSchema>;

export const ServiceQuoteViewSchema = z.object({
  carrierCode: z.string(),
  carrierName: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  price: Money,
  transitDays: z.number().int(),
  cutOffLocal: z.string(),
  meetsServiceLevel: z.boolean(),
  /** The carrier is reached through the shipping middleware: its label needs the network. */
  online: z.boolean(),
  /** The middleware's rate, bought exactly when this service is labelled; null for rate cards. */
  rateId: z.string().nullable(),
});
export type ServiceQuoteView = z.infer<typeof ServiceQuoteViewSchema>;

export const ShipQuoteSchema = z.object({
  parcel: ParcelToShipSchema,
  quotes: z.array(ServiceQuoteViewSchema),
  refusals: z.array(
    z.object({ carrierName: z.string(), serviceName: z.string(), reason: z.string() }),
  ),
  unavailable: z.array(z.object({ carrierName: z.string(), reason: z.string() })),
  choice: z
    .object({
      carrierCode: z.string(),
      serviceCode: z.string(),
      reason: z.string(),
      shipsToday: z.boolean(),
    })
    .nullable(),
  noChoiceReason: z.string().nullable(),
});
export type ShipQuote = z.infer<typeof ShipQuoteSchema>;

export const ShipQuoteInputSchema = z.strictObject({
  /** The parcel number as scanned from its packing label (F-1001-P1), or its id. */
  parcel: z.string().trim().min(1, 'Scan the parcel').max(200),
});

export const ShipLabelInputSchema = z.strictObject({
  parcelId: z.uuid(),
  carrierCode: z.string().min(1),
  serviceCode: z.string().min(1),
  /** Required when the service is not the one the shipping rule chose. */
  overrideReason: z.string().trim().max(300).optional(),
});

export const ShipLabelAnswerSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('printed'), shipment: ShipmentViewSchema, message: z.string() }),
  z.object({ outcome: z.literal('awaiting'), message: z.string() }),
]);
export type ShipLabelAnswer = z.infer<typeof ShipLabelAnswerSchema>;

export const ShipmentReasonInputSchema = z.strictObject({
  shipmentId: z.uuid(),
  reason: z.string().trim().min(3, 'Say why (at least 3 characters)').max(300),
});

export const ShipmentRefSchema = z.strictObject({ shipmentId: z.uuid() });

export const ManifestCloseInputSchema = z.strictObject({ carrierCode: z.string().min(1) });

export const LabelPreviewSchema = z.object({
  pngBase64: z.string(),
  widthPx: z.number().int(),
  heightPx: z.number().int(),
  dpi: z.number().int(),
});
