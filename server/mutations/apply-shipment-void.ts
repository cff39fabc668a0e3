import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { requireStationWarehouse } from './station-warehouse';

/**
 * shipment.void: the label is torn up; the parcel waits for a new one. A label on a manifest left
 * with the collection, and one the carrier has scanned is moving: neither can be voided here.
 * The shipment row stays (voided, with the reason): its number is never used again.
 */
export const applyShipmentVoid: MutationApplier<'shipment.void'> = {
  activity: 'shipping',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const shipment = await trx
      .selectFrom('shipments')
      .select([
        'id',
        'warehouse_id',
        'tracking_number',
        'voided_at',
        'manifest_id',
        'tracking_state',
      ])
      .where('id', '=', payload.shipmentId)
      .forUpdate()
      .executeTakeFirst();
    if (!shipment || shipment.warehouse_id !== station.warehouseId) {
      throw new MutationRejection(
        'NOT_FOUND',
        'The head office has no such label for this warehouse; sync the station and try again.',
      );
    }
    if (shipment.voided_at) {
      throw new MutationRejection('CONFLICT', `Label ${shipment.tracking_number} is already void.`);
    }
    if (shipment.manifest_id) {
      throw new MutationRejection(
        'CONFLICT',
        `Label ${shipment.tracking_number} is on a closed manifest and left with the collection; ask the carrier to return the parcel instead.`,
      );
    }
    if (shipment.tracking_state !== 'label_created') {
      throw new MutationRejection(
        'CONFLICT',
        `The carrier already has parcel ${shipment.tracking_number} (it is ${shipment.tracking_state.replaceAll('_', ' ')}); it cannot be voided.`,
      );
    }
    await trx
      .updateTable('shipments')
      .set({
        voided_at: context.createdAt,
        void_reason: payload.reason,
        voided_by: context.person.id,
      })
      .where('id', '=', shipment.id)
      .execute();
  },
};
