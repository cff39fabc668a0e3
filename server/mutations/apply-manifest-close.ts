import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { refuseDuplicateNumber } from './floor-rejections';
import { requireStationWarehouse } from './station-warehouse';

/**
 * manifest.close: the day's parcels for one carrier, handed over with the collection. Each must be
 * this warehouse's live label for that carrier and on no other manifest. Submitting it to the
 * carrier happens after commit (the submitter marks it submitted or records why not).
 */
export const applyManifestClose: MutationApplier<'manifest.close'> = {
  activity: 'shipping',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const rows = await trx
      .selectFrom('shipments')
      .select(['id', 'tracking_number', 'carrier_code', 'warehouse_id', 'voided_at', 'manifest_id'])
      .where('id', 'in', payload.shipmentIds)
      .orderBy('id')
      .forUpdate()
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of payload.shipmentIds) {
      const row = byId.get(id);
      if (!row || row.warehouse_id !== station.warehouseId) {
        throw new MutationRejection(
          'NOT_FOUND',
          'A parcel on this manifest is unknown to the head office; sync the station and close the manifest again.',
        );
      }
      if (row.carrier_code !== payload.carrierCode) {
        throw new MutationRejection(
          'CONFLICT',
          `Parcel ${row.tracking_number} goes with ${row.carrier_code}, not ${payload.carrierCode}; take it off this manifest.`,
        );
      }
      if (row.voided_at) {
        throw new MutationRejection(
          'CONFLICT',
          `Label ${row.tracking_number} was voided; take that parcel off the manifest.`,
        );
      }
      if (row.manifest_id) {
        throw new MutationRejection(
          'CONFLICT',
          `Parcel ${row.tracking_number} is already on another manifest; close this one without it.`,
        );
      }
    }
    const insert = trx.insertInto('manifests').values({
      id: context.mutationId,
      number: payload.number,
      warehouse_id: station.warehouseId,
      carrier_code: payload.carrierCode,
      parcel_count: payload.shipmentIds.length,
      station_id: station.stationId,
      person_id: context.person.id,
      closed_at: context.createdAt,
    });
    await refuseDuplicateNumber(
      () => insert.execute(),
      'manifests_number_key',
      () =>
        new MutationRejection(
          'CONFLICT',
          `Manifest number ${payload.number} is already used; close the manifest again for a new number.`,
        ),
    );
    await trx
      .updateTable('shipments')
      .set({ manifest_id: context.mutationId })
      .where('id', 'in', payload.shipmentIds)
      .execute();
  },
};
