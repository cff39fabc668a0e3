import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { lockFloorFulfilment, startPicking } from '../pipeline/floor-status';
import type { LockedFloorWork } from '../pipeline/floor-status';
import { floorActor, notWorkable } from './floor-lookups';
import { refuseDuplicateNumber } from './floor-rejections';
import type { MutationApplier, MutationContext } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { requireStationWarehouse } from './station-warehouse';

/**
 * wave.start: a station claims released orders for a pick list. Every order must be its own
 * warehouse's and still on the floor; one that is not refuses the whole list, naming each such
 * order, so the picker drops them and starts again. Released work moves to picking.
 */
export const applyWaveStart: MutationApplier<'wave.start'> = {
  activity: 'pick lists',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const taken = await trx
      .selectFrom('waves')
      .select('id')
      .where('number', '=', payload.number)
      .executeTakeFirst();
    if (taken) throw numberTaken(payload.number);
    const ids = payload.fulfilments.map((f) => f.fulfilmentId);
    const works = await lockWaveWork(trx, context, ids);
    const by = floorActor(context);
    for (const work of works) {
      await startPicking(trx, work, { ...by, data: { ...by.data, wave: payload.number } });
    }
    const insert = trx.insertInto('waves').values({
      id: context.mutationId,
      number: payload.number,
      warehouse_id: station.warehouseId,
      kind: payload.kind,
      fulfilments: JSON.stringify(payload.fulfilments),
      station_id: station.stationId,
      person_id: context.person.id,
      created_at: by.at,
    });
    await refuseDuplicateNumber(
      () => insert.execute(),
      'waves_number_key',
      () => numberTaken(payload.number),
    );
  },
};

/**
 * Locks the orders oldest first (UUIDv7 ids are time-ordered), as every pipeline writer that
 * holds several orders does, and checks each fulfilment after its lock.
 */
async function lockWaveWork(
  trx: Transaction<CentralDatabase>,
  { station }: MutationContext,
  fulfilmentIds: readonly string[],
): Promise<LockedFloorWork[]> {
  const owners = await trx
    .selectFrom('fulfilments')
    .select(['id', 'order_id'])
    .where('id', 'in', [...fulfilmentIds])
    .execute();
  if (owners.length < fulfilmentIds.length) {
    const missing = fulfilmentIds.length - owners.length;
    throw new MutationRejection(
      'NOT_FOUND',
      `The head office does not know ${missing === 1 ? 'one order' : `${missing} orders`} on this pick list; sync the station and make the list again.`,
    );
  }
  owners.sort((a, b) => a.order_id.localeCompare(b.order_id) || a.id.localeCompare(b.id));
  const works: LockedFloorWork[] = [];
  for (const owner of owners) {
    const work = await lockFloorFulfilment(trx, owner.id);
    if (work) works.push(work);
  }
  const elsewhere = works.filter((w) => w.fulfilment.warehouseId !== station.warehouseId);
  if (elsewhere.length > 0) {
    throw new MutationRejection(
      'WRONG_WAREHOUSE',
      `${joinWithAnd(elsewhere.map((w) => `${w.order.number} (${w.fulfilment.warehouse})`))} ${elsewhere.length === 1 ? 'is' : 'are'} not sent from ${station.warehouseCode}; take ${elsewhere.length === 1 ? 'it' : 'them'} off the pick list.`,
    );
  }
  const stale = works.filter(
    (w) => w.fulfilment.status !== 'released' && w.fulfilment.status !== 'picking',
  );
  if (stale.length > 0) {
    throw new MutationRejection(
      'CONFLICT',
      `${stale.map((w) => notWorkable(w, 'picked')).join(' ')} Start the pick list again without ${stale.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return works;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function numberTaken(number: string): MutationRejection {
  return new MutationRejection(
    'CONFLICT',
    `Pick list number ${number} is already used at the head office; start the list again to get a new number.`,
  );
}
