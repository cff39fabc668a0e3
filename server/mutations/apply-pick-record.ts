import type { Transaction } from 'kysely';
import type { PickRecordPayload } from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import { units } from '../pipeline/floor-line-need';
import { startPicking } from '../pipeline/floor-status';
import { floorActor, requireBin, requireProduct } from './floor-lookups';
import type { FloorProduct } from './floor-lookups';
import { overPick } from './floor-rejections';
import { lockLineOnWave } from './floor-line-on-wave';
import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { writePickMovements } from './pick-ledger';
import { requireStationWarehouse } from './station-warehouse';

type Trx = Transaction<CentralDatabase>;

/**
 * pick.record: units of one line taken from one bin. Two stations may have picked the same line
 * while offline; the line's row lock makes their uploads queue, and the one that would take the
 * line past its need is refused and told to put the units back.
 */
export const applyPickRecord: MutationApplier<'pick.record'> = {
  activity: 'picking',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const product = await requireProduct(trx, payload.productId);
    const bin = await requireBin(trx, station, payload.binId);
    const { work, line, progress } = await lockLineOnWave(trx, station, product, payload, 'picked');
    await requireTracking(trx, product, payload);
    if (progress.picked + payload.quantity > progress.need) {
      throw overPick({
        sku: product.sku,
        orderNumber: work.order.number,
        need: progress.need,
        picked: progress.picked,
        quantity: payload.quantity,
        bin: bin.code,
      });
    }
    await requireInBin(trx, bin, product, payload.quantity);

    const by = floorActor(context);
    await trx
      .insertInto('picks')
      .values({
        id: context.mutationId,
        warehouse_id: station.warehouseId,
        wave_id: payload.waveId,
        fulfilment_id: work.fulfilment.id,
        fulfilment_line_id: line.id,
        product_id: product.id,
        bin_id: bin.id,
        quantity: payload.quantity,
        tote: payload.tote,
        lot: payload.lot,
        expiry: payload.expiry,
        serial: payload.serial,
        station_id: station.stationId,
        person_id: context.person.id,
        picked_at: by.at,
      })
      .execute();
    await writePickMovements(trx, {
      direction: 'pick',
      warehouseId: station.warehouseId,
      binId: bin.id,
      productId: product.id,
      quantity: payload.quantity,
      reference: work.fulfilment.number,
      actor: context.person.name,
      station: station.name,
      mutationId: context.mutationId,
      at: by.at,
    });
    await startPicking(trx, work, by);
  },
};

/** Lot- and serial-tracked goods say which units left; a serial leaves only once. */
async function requireTracking(
  trx: Trx,
  product: FloorProduct,
  payload: PickRecordPayload,
): Promise<void> {
  if (product.requiresLot && payload.lot === null) {
    throw new MutationRejection(
      'INVALID',
      `${product.sku} is lot-tracked: scan the lot number on the unit (or its GS1 label) with the pick.`,
    );
  }
  if (!product.requiresSerial) return;
  if (payload.serial === null) {
    throw new MutationRejection(
      'INVALID',
      `${product.sku} is serial-tracked: scan each unit's serial number with the pick.`,
    );
  }
  const again = await trx
    .selectFrom('picks')
    .select('fulfilment_id')
    .where('product_id', '=', product.id)
    .where('serial', '=', payload.serial)
    .where('reversed_at', 'is', null)
    .executeTakeFirst();
  if (again) {
    throw new MutationRejection(
      'CONFLICT',
      `Serial ${payload.serial} of ${product.sku} was already picked for another order line; check the unit's label and scan the unit in your hand.`,
    );
  }
}

async function requireInBin(
  trx: Trx,
  bin: { id: string; code: string },
  product: FloorProduct,
  quantity: number,
): Promise<void> {
  const row = await trx
    .selectFrom('bin_stock')
    .select('on_hand')
    .where('bin_id', '=', bin.id)
    .where('product_id', '=', product.id)
    .executeTakeFirst();
  const held = row?.on_hand ?? 0;
  if (held >= quantity) return;
  throw new MutationRejection(
    'INSUFFICIENT_STOCK',
    `The head office has ${units(held)} of ${product.sku} in bin ${bin.code}, so ${units(quantity)} cannot be picked from it; put them back, pick from the bin they were really in, or count bin ${bin.code}.`,
  );
}
