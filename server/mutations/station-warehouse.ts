import type { StationCaller } from '../http/station-auth';
import { MutationRejection } from './mutation-rejection';

/** A station changes only its own warehouse, whatever the payload says. */
export function requireStationWarehouse(station: StationCaller, warehouseId: string): void {
  if (warehouseId === station.warehouseId) return;
  throw new MutationRejection(
    'WRONG_WAREHOUSE',
    `${station.name} is enrolled at ${station.warehouseCode} and can only change ${station.warehouseCode}'s stock; make this change at a station of the other warehouse.`,
  );
}
