import type { Kysely } from 'kysely';
import { destinationPoint, distanceKm } from '../../shared/domain/geo-distance';
import type { CentralDatabase } from '../db/schema';
import type { WarehouseDistance } from './warehouse-distance';

interface WarehouseRow {
  id: string;
  code: string;
  latitude: number;
  longitude: number;
}

const CACHE_MS = 30_000;
const cache = new WeakMap<object, { at: number; rows: WarehouseRow[] }>();

/**
 * Warehouses change a few times a year and every captured order asks for them, so capture reads
 * them from a short-lived cache per database instead of once per order.
 */
export async function cachedWarehouseDistances(
  db: Kysely<CentralDatabase>,
  country: string,
  now = Date.now(),
): Promise<WarehouseDistance[]> {
  let hit = cache.get(db);
  if (!hit || now - hit.at >= CACHE_MS) {
    const rows = await db
      .selectFrom('warehouses')
      .select(['id', 'code', 'latitude', 'longitude'])
      .execute();
    hit = { at: now, rows };
    cache.set(db, hit);
  }
  const destination = destinationPoint(country);
  return hit.rows.map((w) => ({
    id: w.id,
    code: w.code,
    distanceKm: destination
      ? distanceKm({ lat: w.latitude, lon: w.longitude }, destination)
      : Number.MAX_SAFE_INTEGER,
  }));
}
