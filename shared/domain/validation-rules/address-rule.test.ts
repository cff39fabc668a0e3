import { describe, expect, it } from 'vitest';
import { AddressParamsSchema, addressRule } from './address-rule';
import { sampleContext, sampleOrder } from './sample-order';

function shipTo(country: string, postcode: string, params: unknown = {}) {
  const order = sampleOrder((o) => {
    o.shipTo.country = country;
    o.shipTo.postcode = postcode;
  });
  return addressRule.check(order, AddressParamsSchema.parse(params), sampleContext());
}

// Real addresses' postcodes: the White House, Parliament Hill Ottawa, 10 Downing Street,
// Manchester Piccadilly, the Reichstag, the Élysée, the Rijksmuseum, Sydney Opera House,
// a Dublin 2 Eircode.
const GOOD: [string, string][] = [
  ['US', '20500'],
  ['US', '20500-0003'],
  ['CA', 'K1A 0A9'],
  ['CA', 'k1a0a9'],
  ['GB', 'SW1A 2AA'],
  ['GB', 'M1 2PB'],
  ['GB', 'sw1a2aa'],
  ['GB', 'EC1A 1BB'],
  ['DE', '11011'],
  ['FR', '75008'],
  ['NL', '1071 XX'],
  ['NL', '1071xx'],
  ['AU', '2000'],
  ['IE', 'D02 X285'],
  ['IE', ''],
];

const BAD: [string, string, string][] = [
  ['US', 'ABC', "Postcode 'ABC' does not look like a US ZIP code (12345 or 12345-6789)"],
  ['US', '2050', "Postcode '2050' does not look like a US ZIP code (12345 or 12345-6789)"],
  ['US', '20500-03', "Postcode '20500-03' does not look like a US ZIP code (12345 or 12345-6789)"],
  [
    'CA',
    'D1A 0A9',
    "Postcode 'D1A 0A9' does not look like a Canadian postal code (A1A 1A1, e.g. K1A 0B1)",
  ],
  ['GB', '12345', "Postcode '12345' does not look like a UK postcode (e.g. SW1A 1AA or M1 1AE)"],
  ['DE', '1011', "Postcode '1011' does not look like a German postcode (5 digits, e.g. 10115)"],
  ['FR', '75 008', "Postcode '75 008' does not look like a French postcode (5 digits, e.g. 75008)"],
  [
    'NL',
    '0123 AB',
    "Postcode '0123 AB' does not look like a Dutch postcode (4 digits and 2 letters, e.g. 1012 AB)",
  ],
  [
    'AU',
    '20000',
    "Postcode '20000' does not look like an Australian postcode (4 digits, e.g. 2000)",
  ],
  ['IE', 'DUBLIN 2', "Postcode 'DUBLIN 2' does not look like an Irish Eircode (e.g. D02 X285)"],
];

describe('address', () => {
  it.each(GOOD)('accepts %s %j', (country, postcode) => {
    expect(shipTo(country, postcode)).toEqual([]);
  });

  it.each(BAD)('refuses %s %j', (country, postcode, message) => {
    expect(shipTo(country, postcode)).toEqual([{ field: 'shipTo.postcode', message }]);
  });

  it('asks for a missing postcode where the country has them', () => {
    expect(shipTo('DE', '  ')).toEqual([
      {
        field: 'shipTo.postcode',
        message:
          'Postcode is missing; shipping to Germany needs a German postcode (5 digits, e.g. 10115)',
      },
    ]);
  });

  it('ignores postcodes where the country has none', () => {
    expect(shipTo('HK', '')).toEqual([]);
    expect(shipTo('HK', '999077')).toEqual([]);
    expect(shipTo('AE', 'whatever')).toEqual([]);
  });

  it('does not guess at countries it has no format for', () => {
    expect(shipTo('BR', '01310-100')).toEqual([]);
    expect(shipTo('BR', 'anything')).toEqual([]);
  });

  it('checks only the listed countries when told to', () => {
    expect(shipTo('DE', 'abc', { postcodeCountries: ['US'] })).toEqual([]);
    expect(shipTo('US', 'abc', { postcodeCountries: ['us'] })).toHaveLength(1);
  });

  it('refuses a country code it does not know, shipping or billing', () => {
    expect(shipTo('UK', 'SW1A 2AA')).toEqual([
      {
        field: 'shipTo.country',
        message:
          "Shipping country 'UK' is not a country code we ship to; check the address and for United Kingdom use GB",
      },
    ]);
    const order = sampleOrder((o) => {
      o.billTo = { country: 'XX' };
    });
    expect(addressRule.check(order, {}, sampleContext())).toEqual([
      expect.objectContaining({ field: 'billTo.country' }),
    ]);
  });

  it('asks for a missing shipping country, and explains an unknown one', () => {
    expect(shipTo('', '20500')).toEqual([
      { field: 'shipTo.country', message: 'Shipping country is missing' },
    ]);
    expect(shipTo('ZZ', '20500')[0]?.message).toBe(
      "Shipping country 'ZZ' is not a country code we ship to; check the address and use a two-letter ISO code such as US, GB or DE",
    );
  });

  it('reads country codes in any case', () => {
    expect(shipTo('gb', 'SW1A 2AA')).toEqual([]);
  });

  it('refuses params naming a country without a known format', () => {
    const result = AddressParamsSchema.safeParse({ postcodeCountries: ['US', 'BR'] });
    expect(result.error?.issues[0]?.message).toMatch(/No postcode format is known for 'BR'/);
    expect(AddressParamsSchema.safeParse({ countries: ['US'] }).success).toBe(false);
  });
});
