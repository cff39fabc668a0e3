import { z } from 'zod';
import { defineMethods } from '../define';
import {
  LabelPreviewSchema,
  ManifestCloseInputSchema,
  ManifestViewSchema,
  ShipLabelAnswerSchema,
  ShipLabelInputSchema,
  ShipmentReasonInputSchema,
  ShipmentRefSchema,
  ShipmentViewSchema,
  ShipOverviewSchema,
  ShipQuoteInputSchema,
  ShipQuoteSchema,
} from '../schemas/ship';
import { ShipAlertsSchema } from '../schemas/tracking-alerts';

export const shipMethods = defineMethods({
  'ship.overview': {
    summary: 'Parcels waiting for a label, labels not yet on a manifest, carriers and manifests.',
    input: z.strictObject({}),
    output: ShipOverviewSchema,
  },
  'ship.quote': {
    summary: 'Rates for a scanned parcel from every carrier, and the service the rules choose.',
    input: ShipQuoteInputSchema,
    output: ShipQuoteSchema,
  },
  'ship.label': {
    summary: 'Label a parcel with a service and print it (or queue it for an online carrier).',
    input: ShipLabelInputSchema,
    output: ShipLabelAnswerSchema,
  },
  'ship.reprint': {
    summary: 'Print a label again; the reason is logged.',
    input: ShipmentReasonInputSchema,
    output: ShipmentViewSchema,
  },
  'ship.void': {
    summary: 'Void a label with a reason; the parcel waits for a new one.',
    input: ShipmentReasonInputSchema,
    output: z.object({ message: z.string() }),
  },
  'ship.closeManifest': {
    summary: "Close the day's manifest for a carrier and print it.",
    input: ManifestCloseInputSchema,
    output: ManifestViewSchema,
  },
  'ship.cancelAwaiting': {
    summary: "Stop waiting for an online carrier's label, to ship the parcel another way.",
    input: z.strictObject({ parcelId: z.uuid() }),
    output: z.object({ message: z.string() }),
  },
  'ship.alerts': {
    summary: 'Parcels of this warehouse that stopped moving or hit a carrier exception.',
    input: z.strictObject({}),
    output: ShipAlertsSchema,
  },
  'ship.preview': {
    summary: 'The label as it prints, rendered to a PNG.',
    input: ShipmentRefSchema,
    output: LabelPreviewSchema,
  },
});
