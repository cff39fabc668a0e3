import type { Transaction } from 'kysely';
import { destinationPoint, distanceKm } from '../../shared/domain/geo-distance';
import type { CentralDatabase } from '../db/schema';

export interface WarehouseDistance {
  id: string;
  code: string;
  distanceKm: number;
}

/**
 * Every warehouse with its distance to the destination country's centre. A country we cannot
 * place leaves all warehouses equally far, and allocation then falls back to a stable order.
 */
export async function warehouseDistances(
  trx: Transaction<CentralDatabase>,
  country: string,
): Promise<WarehouseDistance[]> {
  const warehouses = await trx
    .selectFrom('warehouses')
    .select(['id', 'code', 'latitude', 'longitude'])
    .execute();
  const destination = destinationPoint(country);
  return warehouses.map((w) => ({
    id: w.id,
    code: w.code,
    distanceKm: destination
      ? distanceKm({ lat: w.latitude, lon: w.longitude }, destination)
      : Number.MAX_SAFE_INTEGER,
  }));
}
