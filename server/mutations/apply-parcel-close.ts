import type { ParcelClosePayload } from '../../shared/mutations';
import { fulfilmentProgress, lockFulfilmentLines, units } from '../pipeline/floor-line-need';
import type { LineProgress } from '../pipeline/floor-line-need';
import { markPacked } from '../pipeline/floor-status';
import type { LockedFloorWork } from '../pipeline/floor-status';
import { floorActor, requireFloorWork } from './floor-lookups';
import { refuseDuplicateNumber, WRONG_ITEM } from './floor-rejections';
import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { requireStationWarehouse } from './station-warehouse';

/**
 * parcel.close: a packed parcel with what is in it. Only picked units not yet in another parcel
 * can go in. The last parcel packs the fulfilment (and the order when all of it is packed), and
 * is refused while picked units lie outside every parcel or units are still to pick.
 */
export const applyParcelClose: MutationApplier<'parcel.close'> = {
  activity: 'packing',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const work = await requireFloorWork(trx, station, payload.fulfilmentId, ['picking'], 'packed');
    const numberTaken = () =>
      new MutationRejection(
        'CONFLICT',
        `Parcel number ${payload.number} is already used; another parcel of this order was closed with it. Close this one again to get the next number.`,
      );
    const taken = await trx
      .selectFrom('parcels')
      .select('id')
      .where('number', '=', payload.number)
      .executeTakeFirst();
    if (taken) throw numberTaken();
    await lockFulfilmentLines(trx, work.fulfilment.id);
    const progress = await fulfilmentProgress(trx, work.fulfilment.id);
    checkItems(work, progress, payload);
    if (payload.last) checkNothingLeft(work, progress, payload);

    const by = floorActor(context);
    const insert = trx.insertInto('parcels').values({
      id: context.mutationId,
      number: payload.number,
      warehouse_id: station.warehouseId,
      fulfilment_id: work.fulfilment.id,
      box_code: payload.boxCode,
      weight_grams: payload.weightGrams,
      length_mm: payload.lengthMm,
      width_mm: payload.widthMm,
      height_mm: payload.heightMm,
      items: JSON.stringify(payload.items),
      last: payload.last,
      station_id: station.stationId,
      person_id: context.person.id,
      closed_at: by.at,
    });
    await refuseDuplicateNumber(() => insert.execute(), 'parcels_number_key', numberTaken);
    if (payload.last) {
      await markPacked(trx, work, { ...by, data: { ...by.data, parcel: payload.number } });
    }
  },
};

function checkItems(
  work: LockedFloorWork,
  progress: ReadonlyMap<string, LineProgress>,
  payload: ParcelClosePayload,
): void {
  const order = work.order.number;
  for (const item of payload.items) {
    const line = progress.get(item.fulfilmentLineId);
    if (!line) {
      throw new MutationRejection(
        'NOT_FOUND',
        `A unit in this parcel is for a line that is not part of order ${order}; take it out and scan the order's items again.`,
      );
    }
    if (line.productId !== item.productId) {
      throw new MutationRejection(
        WRONG_ITEM,
        `This parcel lists a product other than ${line.sku} for order ${order}'s ${line.sku} line; take it out and scan the items again.`,
      );
    }
    const packable = line.picked - line.packed;
    if (item.quantity > packable) {
      throw new MutationRejection(
        'CONFLICT',
        `Only ${units(packable)} of ${line.sku} for order ${order} ${packable === 1 ? 'was' : 'were'} picked and not yet packed, so ${units(item.quantity)} cannot go in this parcel; take out ${units(item.quantity - packable)}.`,
      );
    }
  }
}

/** With the last parcel nothing may stay behind: every picked unit packed, nothing left to pick. */
function checkNothingLeft(
  work: LockedFloorWork,
  progress: ReadonlyMap<string, LineProgress>,
  payload: ParcelClosePayload,
): void {
  const inThis = new Map(payload.items.map((i) => [i.fulfilmentLineId, i.quantity]));
  for (const line of progress.values()) {
    const loose = line.picked - line.packed - (inThis.get(line.id) ?? 0);
    if (loose > 0) {
      throw new MutationRejection(
        'CONFLICT',
        `${units(loose)} of ${line.sku} ${loose === 1 ? 'was' : 'were'} picked but ${loose === 1 ? 'is' : 'are'} in no parcel; put ${loose === 1 ? 'it' : 'them'} in this parcel or undo the pick, then close the last parcel.`,
      );
    }
    const unpicked = line.need - line.picked;
    if (unpicked > 0) {
      throw new MutationRejection(
        'CONFLICT',
        `${units(unpicked)} of ${line.sku} for order ${work.order.number} ${unpicked === 1 ? 'is' : 'are'} still to pick; pick ${unpicked === 1 ? 'it' : 'them'} or report ${unpicked === 1 ? 'it' : 'them'} short, then close the last parcel.`,
      );
    }
  }
}
