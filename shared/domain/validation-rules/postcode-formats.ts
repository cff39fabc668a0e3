import type { CountryCode } from '../countries';

/**
 * How each country's postcodes look. `required`: an address without one is refused by the
 * carriers; `optional`: the country has postcodes but mail arrives without (Ireland's Eircode);
 * `none`: the country has no postcodes, so whatever was typed is ignored rather than held.
 * Patterns run on the postcode trimmed, upper-cased, with runs of spaces made one.
 */
export type PostcodeRule =
  { use: 'required' | 'optional'; pattern: RegExp; looksLike: string } | { use: 'none' };

export const POSTCODE_RULES: Readonly<Partial<Record<CountryCode, PostcodeRule>>> = {
  US: {
    use: 'required',
    pattern: /^\d{5}(-\d{4})?$/,
    looksLike: 'a US ZIP code (12345 or 12345-6789)',
  },
  CA: {
    use: 'required',
    // Letters D, F, I, O, Q, U never appear; W and Z never lead.
    pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/,
    looksLike: 'a Canadian postal code (A1A 1A1, e.g. K1A 0B1)',
  },
  GB: {
    use: 'required',
    pattern: /^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/,
    looksLike: 'a UK postcode (e.g. SW1A 1AA or M1 1AE)',
  },
  DE: {
    use: 'required',
    pattern: /^\d{5}$/,
    looksLike: 'a German postcode (5 digits, e.g. 10115)',
  },
  FR: {
    use: 'required',
    pattern: /^\d{5}$/,
    looksLike: 'a French postcode (5 digits, e.g. 75008)',
  },
  NL: {
    use: 'required',
    pattern: /^[1-9]\d{3} ?[A-Z]{2}$/,
    looksLike: 'a Dutch postcode (4 digits and 2 letters, e.g. 1012 AB)',
  },
  AU: {
    use: 'required',
    pattern: /^\d{4}$/,
    looksLike: 'an Australian postcode (4 digits, e.g. 2000)',
  },
  IE: {
    use: 'optional',
    pattern: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/,
    looksLike: 'an Irish Eircode (e.g. D02 X285)',
  },
  AT: {
    use: 'required',
    pattern: /^\d{4}$/,
    looksLike: 'an Austrian postcode (4 digits, e.g. 1010)',
  },
  BE: {
    use: 'required',
    pattern: /^\d{4}$/,
    looksLike: 'a Belgian postcode (4 digits, e.g. 1000)',
  },
  CH: { use: 'required', pattern: /^\d{4}$/, looksLike: 'a Swiss postcode (4 digits, e.g. 8001)' },
  DK: { use: 'required', pattern: /^\d{4}$/, looksLike: 'a Danish postcode (4 digits, e.g. 1050)' },
  ES: {
    use: 'required',
    pattern: /^\d{5}$/,
    looksLike: 'a Spanish postcode (5 digits, e.g. 28013)',
  },
  IT: {
    use: 'required',
    pattern: /^\d{5}$/,
    looksLike: 'an Italian postcode (5 digits, e.g. 00184)',
  },
  PL: { use: 'required', pattern: /^\d{2}-\d{3}$/, looksLike: 'a Polish postcode (e.g. 00-950)' },
  SE: { use: 'required', pattern: /^\d{3} ?\d{2}$/, looksLike: 'a Swedish postcode (e.g. 114 55)' },
  JP: {
    use: 'required',
    pattern: /^\d{3}-?\d{4}$/,
    looksLike: 'a Japanese postcode (e.g. 100-0001)',
  },
  NZ: {
    use: 'required',
    pattern: /^\d{4}$/,
    looksLike: 'a New Zealand postcode (4 digits, e.g. 6011)',
  },
  HK: { use: 'none' },
  AE: { use: 'none' },
  QA: { use: 'none' },
};

export function normalizePostcode(postcode: string): string {
  return postcode.trim().toUpperCase().replace(/\s+/g, ' ');
}
