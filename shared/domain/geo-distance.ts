import { COUNTRY_CENTROIDS, type LatLon } from './country-centroids';
import { isKnownCountry, normalizeCountryCode } from './countries';
import { DomainError } from './domain-error';

export type { LatLon };

/** Mean Earth radius (IUGG); the spherical model is within 0.5% of the ellipsoid. */
const EARTH_RADIUS_KM = 6371.0088;

export class InvalidCoordinatesError extends DomainError {
  override readonly name = 'InvalidCoordinatesError';
  declare readonly code: 'INVALID_COORDINATES';

  constructor(point: LatLon) {
    super(
      'INVALID_COORDINATES',
      `Location ${String(point.lat)}, ${String(point.lon)} is not on the map: latitude must be -90..90 and longitude -180..180 degrees`,
    );
  }
}

function checkPoint(point: LatLon): void {
  const { lat, lon } = point;
  const ok = Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90;
  if (!ok || Math.abs(lon) > 180) throw new InvalidCoordinatesError(point);
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine), which is stable even for points very close together. */
export function distanceKm(a: LatLon, b: LatLon): number {
  checkPoint(a);
  checkPoint(b);
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Where an order is going, as far as the country tells: its centroid. Undefined for a country we
 * do not know — allocation then has no distance preference rather than failing the order (the
 * address rule has already put such an order on hold).
 */
export function destinationPoint(country: string): LatLon | undefined {
  const code = normalizeCountryCode(country);
  return isKnownCountry(code) ? COUNTRY_CENTROIDS[code] : undefined;
}
