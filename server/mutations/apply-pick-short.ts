import { SHORT_PICK_REASON_LABELS } from '../../shared/mutations';
import { units } from '../pipeline/floor-line-need';
import { backorderShortUnits } from '../pipeline/short-pick-backorder';
import { floorActor, requireBin, requireProduct } from './floor-lookups';
import { lockLineOnWave } from './floor-line-on-wave';
import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { requireStationWarehouse } from './station-warehouse';

/**
 * pick.short: a bin could not give what the list asked. `retask` is only the record (the units
 * are picked from another bin); `backorder` takes the units off the line's need, gives up their
 * reservation and puts them on the order line's backorder.
 */
export const applyPickShort: MutationApplier<'pick.short'> = {
  activity: 'picking',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const product = await requireProduct(trx, payload.productId);
    const bin = payload.binId === null ? null : await requireBin(trx, station, payload.binId);
    const { work, line, progress } = await lockLineOnWave(
      trx,
      station,
      product,
      payload,
      'short-picked',
    );
    const open = progress.need - progress.picked;
    if (payload.quantity > open) {
      throw new MutationRejection(
        'CONFLICT',
        open === 0
          ? `Order ${work.order.number}'s ${progress.sku} is already fully picked (${units(progress.picked)}); nothing is short.`
          : `Order ${work.order.number} still needs only ${units(open)} of ${progress.sku} (${units(progress.picked)} picked of ${units(progress.need)}); report at most ${units(open)} short.`,
      );
    }

    const by = floorActor(context);
    await trx
      .insertInto('short_picks')
      .values({
        id: context.mutationId,
        warehouse_id: station.warehouseId,
        wave_id: payload.waveId,
        fulfilment_id: work.fulfilment.id,
        fulfilment_line_id: line.id,
        product_id: product.id,
        bin_id: bin?.id ?? null,
        quantity: payload.quantity,
        reason: payload.reason,
        resolution: payload.resolution,
        station_id: station.stationId,
        person_id: context.person.id,
        recorded_at: by.at,
      })
      .execute();
    if (payload.resolution !== 'backorder') return;
    await backorderShortUnits(trx, work, {
      orderLineId: line.orderLineId,
      productId: product.id,
      sku: product.sku,
      quantity: payload.quantity,
      bin: bin?.code ?? null,
      reason: bin
        ? `${SHORT_PICK_REASON_LABELS[payload.reason]} in ${bin.code}`
        : `${SHORT_PICK_REASON_LABELS[payload.reason]}: no bin holds it`,
      actor: by.actor,
      at: by.at,
      data: by.data,
    });
  },
};
