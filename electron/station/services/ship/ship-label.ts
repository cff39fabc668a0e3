import { z } from 'zod';
import { WharfError } from '../../../../shared/contract';
import type {
  BarcodeSpec,
  LabelAddress,
  ShippingLabel,
} from '../../../../shared/labels/shipping-label';
import { parseShippingLabel } from '../../../../shared/labels/shipping-label';
import { renderZpl } from '../../../../shared/labels/zpl-label';
import type { WarehouseRow } from './ship-repository';

/** What most 4×6 desktop Zebras are; a station's label printer may say 300. */
export const DEFAULT_LABEL_DPI = 203;

const StoredAddress = z.looseObject({
  name: z.string().optional(),
  company: z.string().optional(),
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postcode: z.string().optional(),
  country: z.string().optional(),
});
export type StoredAddress = z.infer<typeof StoredAddress>;

/** The ship-to the head office captured (fulfilments.ship_to), read leniently. */
export function readShipTo(json: string): StoredAddress {
  const parsed = StoredAddress.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
}

const clean = (value: string | undefined): string => (value ?? '').trim();

export function labelShipTo(address: StoredAddress): LabelAddress {
  const lines = [clean(address.line1), clean(address.line2), clean(address.region)]
    .filter((l) => l !== '')
    .map((l) => l.slice(0, 100));
  const company = clean(address.company);
  return {
    name: (clean(address.name) || 'Customer').slice(0, 100),
    ...(company ? { company: company.slice(0, 100) } : {}),
    lines: lines.length > 0 ? lines : ['(no street given)'],
    postcode: clean(address.postcode).slice(0, 20),
    city: (clean(address.city) || '-').slice(0, 60),
    country: clean(address.country).toUpperCase() || 'GB',
  };
}

export function labelShipFrom(warehouse: WarehouseRow): LabelAddress {
  return {
    name: warehouse.name.slice(0, 100),
    lines: [warehouse.address_line1.trim() || warehouse.name].map((l) => l.slice(0, 100)),
    postcode: warehouse.postcode,
    city: (warehouse.city.trim() || warehouse.code).slice(0, 60),
    country: warehouse.country,
  };
}

export function trackingBarcode(symbology: string, trackingNumber: string): BarcodeSpec {
  switch (symbology) {
    case 'qr':
      return { symbology: 'qr', data: trackingNumber };
    case 'datamatrix':
      return { symbology: 'datamatrix', data: trackingNumber };
    default:
      // GS1-128 carries the SSCC on its own line; the tracking number itself is Code 128.
      return { symbology: 'code128', data: trackingNumber };
  }
}

export interface LabelFacts {
  shipFrom: LabelAddress;
  shipTo: LabelAddress;
  carrierName: string;
  serviceName: string;
  trackingNumber: string;
  symbology: string;
  sscc: string | null;
  index: number;
  count: number;
  weightGrams: number;
  reference: string;
  date: string;
}

/** The label model, checked, and its ZPL; a bad field is the clerk's to fix, never a crash. */
export function buildLabelZpl(
  facts: LabelFacts,
  dpi: 203 | 300,
): { label: ShippingLabel; zpl: string } {
  let label: ShippingLabel;
  try {
    label = parseShippingLabel({
      shipFrom: facts.shipFrom,
      shipTo: facts.shipTo,
      carrier: { name: facts.carrierName.slice(0, 40), service: facts.serviceName.slice(0, 60) },
      trackingNumber: facts.trackingNumber,
      trackingBarcode: trackingBarcode(facts.symbology, facts.trackingNumber),
      ...(facts.sscc ? { sscc: facts.sscc } : {}),
      parcel: { index: facts.index, count: facts.count },
      weightGrams: facts.weightGrams,
      reference: facts.reference.slice(0, 40),
      date: facts.date,
    });
  } catch (error) {
    throw new WharfError(
      'BAD_REQUEST',
      error instanceof Error ? error.message : 'The label cannot be made from this parcel.',
    );
  }
  return { label, zpl: renderZpl(label, { dpi }) };
}
