import { describe, expect, it } from 'vitest';
import { COUNTRY_CENTROIDS } from './country-centroids';
import { COUNTRY_CODES } from './countries';
import { InvalidCoordinatesError, destinationPoint, distanceKm } from './geo-distance';

const LONDON = { lat: 51.5074, lon: -0.1278 };
const PARIS = { lat: 48.8566, lon: 2.3522 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };
const LOS_ANGELES = { lat: 34.0522, lon: -118.2437 };
const SYDNEY = { lat: -33.8688, lon: 151.2093 };

describe('distanceKm', () => {
  it('matches published great-circle distances', () => {
    expect(distanceKm(LONDON, PARIS)).toBeCloseTo(344, -1);
    expect(distanceKm(NEW_YORK, LOS_ANGELES)).toBeCloseTo(3936, -1);
    expect(distanceKm(LONDON, SYDNEY)).toBeCloseTo(16_990, -2);
  });

  it('is zero to itself, symmetric, and half the circumference to the antipode', () => {
    expect(distanceKm(PARIS, PARIS)).toBe(0);
    expect(distanceKm(PARIS, LONDON)).toBe(distanceKm(LONDON, PARIS));
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20_015, 0);
    expect(distanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(20_015, 0);
  });

  it('crosses the date line the short way', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111, 0);
  });

  it.each([
    { lat: 91, lon: 0 },
    { lat: 0, lon: -180.5 },
    { lat: Number.NaN, lon: 0 },
    { lat: 0, lon: Number.POSITIVE_INFINITY },
  ])('refuses a point off the map: %o', (point) => {
    expect(() => distanceKm(point, PARIS)).toThrow(InvalidCoordinatesError);
    expect(() => distanceKm(PARIS, point)).toThrow(/latitude must be -90..90/);
  });
});

describe('destinationPoint', () => {
  it('has a centroid for every known country, on the map', () => {
    expect(Object.keys(COUNTRY_CENTROIDS).sort()).toEqual([...COUNTRY_CODES].sort());
    for (const code of COUNTRY_CODES) {
      const point = destinationPoint(code);
      expect(point).toBeDefined();
      if (point) expect(distanceKm(point, point)).toBe(0);
    }
  });

  it('puts centroids inside their country, roughly', () => {
    // A swapped lat/lon or a wrong sign would put these thousands of km away.
    expect(distanceKm(destinationPoint('GB') ?? NEW_YORK, LONDON)).toBeLessThan(400);
    expect(distanceKm(destinationPoint('FR') ?? NEW_YORK, PARIS)).toBeLessThan(400);
    expect(distanceKm(destinationPoint('AU') ?? NEW_YORK, SYDNEY)).toBeLessThan(2_500);
    expect(distanceKm(destinationPoint('US') ?? SYDNEY, NEW_YORK)).toBeLessThan(2_500);
  });

  it('accepts lower case and spaces, and is undefined for an unknown country', () => {
    expect(destinationPoint(' de ')).toEqual(destinationPoint('DE'));
    expect(destinationPoint('XX')).toBeUndefined();
    expect(destinationPoint('')).toBeUndefined();
    expect(destinationPoint('__proto__')).toBeUndefined();
  });

  it('prefers the nearer warehouse for an order to Ireland', () => {
    const manchester = { lat: 53.48, lon: -2.24 };
    const rotterdam = { lat: 51.92, lon: 4.48 };
    const ireland = destinationPoint('IE') ?? NEW_YORK;
    expect(distanceKm(ireland, manchester)).toBeLessThan(distanceKm(ireland, rotterdam));
  });
});
