/**
 * ISO 3166-1 alpha-2 codes of the countries Wharf ships to, with their English short names.
 * Not all ~250 codes: an order to a country missing here is held for a person to look at, which
 * is what we want for a destination nobody has shipped to before. Add a country here (and its
 * centroid in country-centroids.ts, which the compiler insists on) to start shipping there.
 */
export const COUNTRIES = {
  // Europe
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  CH: 'Switzerland',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  ES: 'Spain',
  FI: 'Finland',
  FR: 'France',
  GB: 'United Kingdom',
  GR: 'Greece',
  HR: 'Croatia',
  HU: 'Hungary',
  IE: 'Ireland',
  IS: 'Iceland',
  IT: 'Italy',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  MT: 'Malta',
  NL: 'Netherlands',
  NO: 'Norway',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  RS: 'Serbia',
  SE: 'Sweden',
  SI: 'Slovenia',
  SK: 'Slovakia',
  TR: 'Türkiye',
  UA: 'Ukraine',
  // Americas
  AR: 'Argentina',
  BR: 'Brazil',
  CA: 'Canada',
  CL: 'Chile',
  CO: 'Colombia',
  CR: 'Costa Rica',
  JM: 'Jamaica',
  MX: 'Mexico',
  PA: 'Panama',
  PE: 'Peru',
  PR: 'Puerto Rico',
  US: 'United States',
  UY: 'Uruguay',
  // Asia and Oceania
  AU: 'Australia',
  BD: 'Bangladesh',
  CN: 'China',
  HK: 'Hong Kong',
  ID: 'Indonesia',
  IN: 'India',
  JP: 'Japan',
  KR: 'South Korea',
  LK: 'Sri Lanka',
  MY: 'Malaysia',
  NZ: 'New Zealand',
  PH: 'Philippines',
  PK: 'Pakistan',
  SG: 'Singapore',
  TH: 'Thailand',
  TW: 'Taiwan',
  VN: 'Vietnam',
  // Middle East and Africa
  AE: 'United Arab Emirates',
  EG: 'Egypt',
  IL: 'Israel',
  KE: 'Kenya',
  MA: 'Morocco',
  NG: 'Nigeria',
  QA: 'Qatar',
  SA: 'Saudi Arabia',
  ZA: 'South Africa',
} as const;

export type CountryCode = keyof typeof COUNTRIES;

export const COUNTRY_CODES = Object.keys(COUNTRIES) as CountryCode[];

/** Codes arrive upper-cased from capture; rows written by other paths may not be. */
export function normalizeCountryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Codes people type that are not ISO 3166-1, mapped to the one they meant. */
const COMMON_MISTAKES: Readonly<Record<string, CountryCode>> = { UK: 'GB', EL: 'GR' };

export function meantCountry(code: string): CountryCode | undefined {
  const normalized = normalizeCountryCode(code);
  return Object.hasOwn(COMMON_MISTAKES, normalized) ? COMMON_MISTAKES[normalized] : undefined;
}

export function isKnownCountry(code: string): code is CountryCode {
  return Object.hasOwn(COUNTRIES, code);
}

/** "Germany" for "DE"; the code itself, quoted, for one we do not know. */
export function countryName(code: string): string {
  return isKnownCountry(code) ? COUNTRIES[code] : `'${code}'`;
}
