import { normalisePostcode, type RateCardZone } from './rate-card';

export interface Destination {
  country: string;
  postcode: string;
}

/**
 * The zone covering a destination; the longest matching postcode prefix wins over a shorter one,
 * and any prefix wins over a whole-country entry (so "GB, BT" for Northern Ireland beats "GB").
 * The rate-card schema refuses duplicate claims, so there is never a tie.
 */
export function matchZone(
  zones: readonly RateCardZone[],
  destination: Destination,
): RateCardZone | null {
  const country = destination.country.toUpperCase();
  const postcode = normalisePostcode(destination.postcode);
  let best: { zone: RateCardZone; specificity: number } | null = null;
  for (const zone of zones) {
    for (const d of zone.destinations) {
      if (d.country !== country) continue;
      const prefixes = d.postcodePrefixes?.map(normalisePostcode) ?? [''];
      for (const prefix of prefixes) {
        if (!postcode.startsWith(prefix)) continue;
        if (best === null || prefix.length > best.specificity) {
          best = { zone, specificity: prefix.length };
        }
      }
    }
  }
  return best?.zone ?? null;
}
