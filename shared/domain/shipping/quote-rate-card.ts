import { z } from 'zod';
import type { Money } from '../money';
import { formatSize, formatWeight, sortedSides } from '../packing/parcel-measures';
import type { RateCard, RateCardService } from './rate-card';
import { matchZone } from './zone-match';

const MmSchema = z.number().int().positive();

export const ParcelSchema = z.object({
  weightGrams: z.number().int().positive(),
  lengthMm: MmSchema,
  widthMm: MmSchema,
  heightMm: MmSchema,
  destination: z.object({
    country: z.string().regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code like GB'),
    postcode: z.string(),
  }),
});
export type Parcel = z.infer<typeof ParcelSchema>;

/** A price for one service, with what a shipping rule needs to choose between quotes. */
export interface ServiceQuote {
  kind: 'quote';
  carrierCode: string;
  carrierName: string;
  serviceCode: string;
  serviceName: string;
  zoneCode: string;
  price: Money;
  transitDays: number;
  cutOffLocal: string;
}

/** A service that cannot take this parcel, and why, in words a clerk can act on. */
export interface ServiceRefusal {
  kind: 'refused';
  carrierCode: string;
  serviceCode: string;
  serviceName: string;
  reason: string;
}

export type ServiceQuoteResult = ServiceQuote | ServiceRefusal;

/**
 * One answer per service on the card, in card order. Works entirely from the card, so the
 * clerk can quote and ship with the network down.
 */
export function quoteRateCard(card: RateCard, parcel: Parcel): ServiceQuoteResult[] {
  const zone = matchZone(card.zones, parcel.destination);
  return card.services.map((service) => {
    const refuse = (reason: string): ServiceRefusal => ({
      kind: 'refused',
      carrierCode: card.carrierCode,
      serviceCode: service.code,
      serviceName: service.name,
      reason,
    });
    if (zone === null) {
      const { country, postcode } = parcel.destination;
      return refuse(`No zone covers ${`${country.toUpperCase()} ${postcode.trim()}`.trim()}`);
    }
    const tooBig = sizeRefusal(service, parcel);
    if (tooBig !== null) return refuse(tooBig);
    const bands = card.bands
      .filter((b) => b.serviceCode === service.code && b.zoneCode === zone.code)
      .sort((a, b) => a.upToGrams - b.upToGrams);
    if (bands.length === 0) return refuse(`${service.name} does not go to zone ${zone.code}`);
    const band = bands.find((b) => parcel.weightGrams <= b.upToGrams);
    if (band === undefined) {
      const top = bands[bands.length - 1]?.upToGrams ?? 0;
      return refuse(`No ${service.name} price to zone ${zone.code} over ${formatWeight(top)}`);
    }
    return {
      kind: 'quote',
      carrierCode: card.carrierCode,
      carrierName: card.carrierName,
      serviceCode: service.code,
      serviceName: service.name,
      zoneCode: zone.code,
      price: { amountMinor: band.priceMinor, currency: card.currency },
      transitDays: service.transitDays,
      cutOffLocal: service.cutOffLocal,
    };
  });
}

function sizeRefusal(service: RateCardService, parcel: Parcel): string | null {
  if (parcel.weightGrams > service.maxWeightGrams) {
    return `Over ${formatWeight(service.maxWeightGrams)} for ${service.name}`;
  }
  const { lengthMm, widthMm, heightMm } = service.maxDimensionsMm;
  // Compare longest side to longest side: a parcel may be turned to fit the carrier's limits.
  const limit = sortedSides(lengthMm, widthMm, heightMm);
  const sides = sortedSides(parcel.lengthMm, parcel.widthMm, parcel.heightMm);
  if (sides.some((side, i) => side > (limit[i] ?? 0))) {
    return `Too big for ${service.name}: ${formatSize(sides)} is over ${formatSize(limit)}`;
  }
  return null;
}
