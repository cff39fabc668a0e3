import type { CaptureAddress } from '../../shared/api/order-capture';
import type { SeededRandom } from './seeded-random';

/** Countries the demo business ships to, with the currency a customer there pays in. */
export const DEMO_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'NL', 'BE', 'DE', 'FR'] as const;
export type DemoCountry = (typeof DEMO_COUNTRIES)[number];

export const CURRENCY_BY_COUNTRY: Readonly<Record<DemoCountry, string>> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  IE: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
};

interface City {
  city: string;
  region?: string;
  postcode: string;
}

// Real cities with a real postcode in each, so the address rule passes them as a carrier would.
const CITIES: Readonly<Record<DemoCountry, readonly City[]>> = {
  US: [
    { city: 'New York', region: 'NY', postcode: '10001' },
    { city: 'Brooklyn', region: 'NY', postcode: '11201' },
    { city: 'Jersey City', region: 'NJ', postcode: '07302' },
    { city: 'Philadelphia', region: 'PA', postcode: '19103' },
    { city: 'Boston', region: 'MA', postcode: '02116' },
    { city: 'Chicago', region: 'IL', postcode: '60614' },
    { city: 'Austin', region: 'TX', postcode: '78704' },
    { city: 'Denver', region: 'CO', postcode: '80205' },
    { city: 'Seattle', region: 'WA', postcode: '98109' },
    { city: 'Portland', region: 'OR', postcode: '97209' },
    { city: 'San Francisco', region: 'CA', postcode: '94110' },
    { city: 'Los Angeles', region: 'CA', postcode: '90026' },
    { city: 'San Diego', region: 'CA', postcode: '92101' },
    { city: 'Phoenix', region: 'AZ', postcode: '85004' },
    { city: 'Salt Lake City', region: 'UT', postcode: '84111' },
    { city: 'Minneapolis', region: 'MN', postcode: '55408' },
    { city: 'Atlanta', region: 'GA', postcode: '30307' },
    { city: 'Nashville', region: 'TN', postcode: '37203' },
    { city: 'Raleigh', region: 'NC', postcode: '27601' },
    { city: 'Columbus', region: 'OH', postcode: '43215-1234' },
  ],
  CA: [
    { city: 'Toronto', region: 'ON', postcode: 'M5V 2T6' },
    { city: 'Ottawa', region: 'ON', postcode: 'K1P 5J2' },
    { city: 'Vancouver', region: 'BC', postcode: 'V6B 1A1' },
    { city: 'Montréal', region: 'QC', postcode: 'H2Y 1C6' },
    { city: 'Calgary', region: 'AB', postcode: 'T2P 1J9' },
  ],
  GB: [
    { city: 'London', postcode: 'EC1V 9HX' },
    { city: 'London', postcode: 'SE1 7PB' },
    { city: 'Manchester', postcode: 'M1 1AE' },
    { city: 'Leeds', postcode: 'LS1 4DY' },
    { city: 'Bristol', postcode: 'BS1 4ST' },
    { city: 'Edinburgh', postcode: 'EH1 1YZ' },
    { city: 'Glasgow', postcode: 'G1 1XQ' },
    { city: 'Cambridge', postcode: 'CB2 1TN' },
  ],
  IE: [
    { city: 'Dublin', postcode: 'D02 X285' },
    { city: 'Cork', postcode: 'T12 X70A' },
    { city: 'Galway', postcode: 'H91 E2K3' },
  ],
  NL: [
    { city: 'Amsterdam', postcode: '1015 CJ' },
    { city: 'Utrecht', postcode: '3511 LN' },
    { city: 'Rotterdam', postcode: '3011 AD' },
    { city: 'Den Haag', postcode: '2511 BT' },
    { city: 'Eindhoven', postcode: '5611 AB' },
    { city: 'Groningen', postcode: '9711 LM' },
  ],
  BE: [
    { city: 'Brussel', postcode: '1000' },
    { city: 'Antwerpen', postcode: '2000' },
    { city: 'Gent', postcode: '9000' },
  ],
  DE: [
    { city: 'Berlin', postcode: '10115' },
    { city: 'Hamburg', postcode: '20095' },
    { city: 'München', postcode: '80331' },
    { city: 'Köln', postcode: '50667' },
    { city: 'Frankfurt am Main', postcode: '60311' },
    { city: 'Leipzig', postcode: '04109' },
  ],
  FR: [
    { city: 'Paris', postcode: '75011' },
    { city: 'Lyon', postcode: '69002' },
    { city: 'Marseille', postcode: '13001' },
    { city: 'Bordeaux', postcode: '33000' },
    { city: 'Lille', postcode: '59000' },
  ],
};

const ENGLISH_STREETS = ['Maple Ave', 'Oak St', 'Washington St', 'Park Ave', 'Elm St', 'Cedar Ln'];
const STREETS: Readonly<Record<DemoCountry, { names: readonly string[]; numberFirst: boolean }>> = {
  US: { names: [...ENGLISH_STREETS, 'Market St', 'Broadway', '2nd Ave'], numberFirst: true },
  CA: { names: [...ENGLISH_STREETS, 'King St W', 'Rue Saint-Paul'], numberFirst: true },
  GB: { names: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'], numberFirst: true },
  IE: { names: ['Main Street', 'Grafton Street', "O'Connell Street"], numberFirst: true },
  NL: {
    names: ['Keizersgracht', 'Prinsengracht', 'Kerkstraat', 'Stationsweg'],
    numberFirst: false,
  },
  BE: { names: ['Rue Neuve', 'Meir', 'Veldstraat'], numberFirst: false },
  DE: {
    names: ['Hauptstraße', 'Bahnhofstraße', 'Gartenstraße', 'Lindenallee'],
    numberFirst: false,
  },
  FR: {
    names: ['rue de la République', 'avenue Victor Hugo', 'boulevard Voltaire'],
    numberFirst: true,
  },
};

/** Postcodes that do not fit their country, as customers really mistype them. */
export const MISTYPED_POSTCODES: readonly { country: DemoCountry; postcode: string }[] = [
  { country: 'US', postcode: '9021' },
  { country: 'US', postcode: '100O1' },
  { country: 'GB', postcode: '12345' },
  { country: 'DE', postcode: '1011' },
  { country: 'NL', postcode: '0123 AB' },
  { country: 'CA', postcode: 'D1A 0A9' },
];

/** A street address in a real city of `country`. */
export function demoAddress(rng: SeededRandom, country: DemoCountry, name: string): CaptureAddress {
  const place = rng.pick(CITIES[country]);
  const streets = STREETS[country];
  const street = rng.pick(streets.names);
  const number = String(rng.int(1, 240));
  const line1 = streets.numberFirst ? `${number} ${street}` : `${street} ${number}`;
  const address: CaptureAddress = {
    name,
    line1,
    city: place.city,
    postcode: place.postcode,
    country,
  };
  if (place.region) address.region = place.region;
  if (rng.chance(0.15))
    address.line2 = country === 'US' ? `Apt ${rng.int(1, 40)}` : `Unit ${rng.int(1, 12)}`;
  return address;
}

/** Phone numbers from the ranges set aside for fiction (555-01xx; Ofcom's 020 7946 0xxx). */
export function demoPhone(rng: SeededRandom, country: DemoCountry): string | undefined {
  if (country === 'US' || country === 'CA') return `+1 201-555-01${rng.digits(2)}`;
  if (country === 'GB') return `+44 20 7946 0${rng.digits(3)}`;
  return undefined;
}
