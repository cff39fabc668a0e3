import type { MutationApplier } from './mutation-applier';
import { requireStationWarehouse } from './station-warehouse';

/**
 * scan.refused: the floor's record of a scan it refused. Nothing to check beyond the warehouse:
 * the station already refused the scan; the head office keeps the record for every station.
 */
export const applyScanRefused: MutationApplier<'scan.refused'> = {
  activity: 'scanning',
  async apply(trx, context, payload) {
    requireStationWarehouse(context.station, payload.warehouseId);
    await trx
      .insertInto('scan_refusals')
      .values({
        id: context.mutationId,
        warehouse_id: context.station.warehouseId,
        station_id: context.station.stationId,
        person_id: context.person.id,
        screen: payload.screen,
        wave_id: payload.waveId,
        fulfilment_id: payload.fulfilmentId,
        reason: payload.reason,
        detail: payload.detail,
        scanned: payload.scanned,
        refused_at: context.createdAt,
      })
      .execute();
  },
};
