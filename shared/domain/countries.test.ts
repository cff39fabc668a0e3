import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, isKnownCountry } from './countries';

describe('countries', () => {
  it('lists at least sixty ISO 3166-1 alpha-2 codes, the demo countries among them', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(60);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const code of ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'AU', 'IE', 'HK']) {
      expect(isKnownCountry(code)).toBe(true);
    }
  });

  it('does not know made-up, lower-case, retired or inherited names', () => {
    for (const code of ['XX', 'UK', 'de', 'EU', '', 'toString', '__proto__']) {
      expect(isKnownCountry(code)).toBe(false);
    }
  });

  it('names a country for a message, quoting a code it does not know', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('UK')).toBe("'UK'");
  });
});
