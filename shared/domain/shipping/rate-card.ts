import { z } from 'zod';
import { CurrencySchema, MinorUnitsSchema } from '../money';

/** Local wall-clock time at the station, zero-padded so strings compare in time order. */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:30 or 17:00');

const CodeSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'Use capitals, digits, - or _ (e.g. EXPRESS)');
const CountrySchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code like GB');
const PositiveIntSchema = z.number().int().positive();

export const RateCardServiceSchema = z.object({
  code: CodeSchema,
  name: z.string().min(1),
  transitDays: z.number().int().min(0).max(60),
  cutOffLocal: LocalTimeSchema,
  maxWeightGrams: PositiveIntSchema,
  maxDimensionsMm: z.object({
    lengthMm: PositiveIntSchema,
    widthMm: PositiveIntSchema,
    heightMm: PositiveIntSchema,
  }),
});
export type RateCardService = z.infer<typeof RateCardServiceSchema>;

export const RateCardZoneSchema = z.object({
  code: CodeSchema,
  destinations: z
    .array(
      z.object({
        country: CountrySchema,
        /**
         * Absent: the whole country. Present: only postcodes starting with one of these, spaces
         * ignored — so "BT1" also covers BT10–BT17; list those longer prefixes in their own zones
         * (the longest match wins) where they are priced differently.
         */
        postcodePrefixes: z.array(z.string().trim().min(1)).min(1).optional(),
      }),
    )
    .min(1),
});
export type RateCardZone = z.infer<typeof RateCardZoneSchema>;

export const WeightBandSchema = z.object({
  serviceCode: CodeSchema,
  zoneCode: CodeSchema,
  /** Inclusive upper bound: a 2000 g parcel falls in the "up to 2000 g" band. */
  upToGrams: PositiveIntSchema,
  priceMinor: MinorUnitsSchema,
});
export type WeightBand = z.infer<typeof WeightBandSchema>;

/** Postcodes compared without spaces or case, so "sw1a 1aa" and "SW1A1AA" are one place. */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

export const RateCardSchema = z
  .object({
    carrierCode: CodeSchema,
    carrierName: z.string().min(1),
    currency: CurrencySchema,
    services: z.array(RateCardServiceSchema).min(1),
    zones: z.array(RateCardZoneSchema).min(1),
    bands: z.array(WeightBandSchema).min(1),
  })
  .superRefine((card, ctx) => {
    const serviceCodes = new Set<string>();
    card.services.forEach((s, i) => {
      if (serviceCodes.has(s.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'code'],
          message: `Service ${s.code} is listed twice`,
        });
      }
      serviceCodes.add(s.code);
    });
    const zoneCodes = new Set<string>();
    // Two zones claiming the same country+prefix would make "most specific wins" a coin toss.
    const claimed = new Map<string, string>();
    card.zones.forEach((zone, i) => {
      if (zoneCodes.has(zone.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['zones', i, 'code'],
          message: `Zone ${zone.code} is listed twice`,
        });
      }
      zoneCodes.add(zone.code);
      for (const d of zone.destinations) {
        for (const prefix of d.postcodePrefixes ?? ['']) {
          const key = `${d.country} ${normalisePostcode(prefix)}`;
          const other = claimed.get(key);
          if (other !== undefined && other !== zone.code) {
            ctx.addIssue({
              code: 'custom',
              path: ['zones', i, 'destinations'],
              message: `${key.trim()} is in both zone ${other} and zone ${zone.code}`,
            });
          }
          claimed.set(key, zone.code);
        }
      }
    });
    const bandKeys = new Set<string>();
    card.bands.forEach((b, i) => {
      if (!serviceCodes.has(b.serviceCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'serviceCode'],
          message: `No service ${b.serviceCode} on this card`,
        });
      }
      if (!zoneCodes.has(b.zoneCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'zoneCode'],
          message: `No zone ${b.zoneCode} on this card`,
        });
      }
      const key = `${b.serviceCode}/${b.zoneCode}/${b.upToGrams}`;
      if (bandKeys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i],
          message: `Band ${key} g is listed twice`,
        });
      }
      bandKeys.add(key);
    });
  });
export type RateCard = z.infer<typeof RateCardSchema>;
