import { fulfilmentProgress, units } from '../pipeline/floor-line-need';
import { lockProductStock } from '../pipeline/product-stock-lock';
import { floorActor, requireFloorWork } from './floor-lookups';
import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { writePickMovements } from './pick-ledger';
import { requireStationWarehouse } from './station-warehouse';

/**
 * pick.undo: the picker put the units back. The pick is kept and marked reversed (by this
 * mutation), and the ledger moves the units back into their bin. Units already sealed in a
 * parcel cannot be put back this way.
 */
export const applyPickUndo: MutationApplier<'pick.undo'> = {
  activity: 'picking',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const found = await trx
      .selectFrom('picks')
      .select(['product_id', 'fulfilment_id'])
      .where('id', '=', payload.pickId)
      .where('warehouse_id', '=', station.warehouseId)
      .executeTakeFirst();
    if (!found) {
      throw new MutationRejection(
        'NOT_FOUND',
        `The head office has no such pick in ${station.warehouseCode} (it may have been refused); there is nothing to undo.`,
      );
    }
    await lockProductStock(trx, [found.product_id]);
    const work = await requireFloorWork(
      trx,
      station,
      found.fulfilment_id,
      ['released', 'picking'],
      'unpicked',
    );
    const pick = await trx
      .selectFrom('picks as k')
      .innerJoin('bins as b', 'b.id', 'k.bin_id')
      .select(['k.fulfilment_line_id', 'k.bin_id', 'b.code as bin', 'k.quantity', 'k.reversed_at'])
      .where('k.id', '=', payload.pickId)
      .forUpdate('k')
      .executeTakeFirstOrThrow();
    if (pick.reversed_at !== null) {
      throw new MutationRejection(
        'CONFLICT',
        `This pick was already undone at ${pick.reversed_at.toISOString()}; the units are counted in bin ${pick.bin} already.`,
      );
    }
    const line = (await fulfilmentProgress(trx, work.fulfilment.id)).get(pick.fulfilment_line_id);
    if (line && line.picked - pick.quantity < line.packed) {
      throw new MutationRejection(
        'CONFLICT',
        `${units(line.packed)} of ${line.sku} for order ${work.order.number} ${line.packed === 1 ? 'is' : 'are'} already in a closed parcel, so this pick cannot be undone; open the parcel with a manager first.`,
      );
    }

    const by = floorActor(context);
    await trx
      .updateTable('picks')
      .set({ reversed_at: by.at, reversed_by: context.mutationId })
      .where('id', '=', payload.pickId)
      .execute();
    await writePickMovements(trx, {
      direction: 'undo',
      warehouseId: station.warehouseId,
      binId: pick.bin_id,
      productId: found.product_id,
      quantity: pick.quantity,
      reference: work.fulfilment.number,
      actor: context.person.name,
      station: station.name,
      mutationId: context.mutationId,
      at: by.at,
    });
  },
};
