import type { Transaction } from 'kysely';
import type { FulfilmentStatus } from '../../shared/api/fulfilment-status';
import { isFulfilmentStatus } from '../../shared/api/fulfilment-status';
import { transition } from '../../shared/domain/order-state-machine';
import type { CentralDatabase } from '../db/schema';
import { applyOrderTransition } from './order-events';
import { lockOrder } from './order-lock';
import type { LockedOrder } from './order-lock';
import { recordStatusChange } from './status-events';

type Trx = Transaction<CentralDatabase>;

export interface FloorFulfilment {
  id: string;
  number: string;
  status: FulfilmentStatus;
  warehouseId: string;
  warehouse: string;
}

export interface LockedFloorWork {
  order: LockedOrder;
  fulfilment: FloorFulfilment;
}

/** Who moved the work and from which station, for the events. */
export interface FloorActor {
  actor: string;
  at: string;
  data: Record<string, unknown>;
}

/**
 * Locks a fulfilment's order, then the fulfilment (the pipeline's lock order: order before its
 * fulfilments), and reads both as they are after any wait. Undefined when there is no such
 * fulfilment.
 */
export async function lockFloorFulfilment(
  trx: Trx,
  fulfilmentId: string,
): Promise<LockedFloorWork | undefined> {
  const owner = await trx
    .selectFrom('fulfilments')
    .select('order_id')
    .where('id', '=', fulfilmentId)
    .executeTakeFirst();
  if (!owner) return undefined;
  const order = await lockOrder(trx, owner.order_id);
  const row = await trx
    .selectFrom('fulfilments as f')
    .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
    .select(['f.id', 'f.number', 'f.status', 'f.warehouse_id', 'w.code'])
    .where('f.id', '=', fulfilmentId)
    .forUpdate('f')
    .executeTakeFirstOrThrow();
  return { order, fulfilment: floorFulfilment(row) };
}

function floorFulfilment(row: {
  id: string;
  number: string;
  status: string;
  warehouse_id: string;
  code: string;
}): FloorFulfilment {
  if (!isFulfilmentStatus(row.status)) {
    throw new Error(`Fulfilment ${row.number} has unknown status '${row.status}'`);
  }
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    warehouseId: row.warehouse_id,
    warehouse: row.code,
  };
}

/**
 * The floor has started on a released fulfilment: it moves to picking, and a released order
 * with it (an order released in several warehouses starts picking at the first of them).
 * A fulfilment already picking changes nothing. Updates `work` in place.
 */
export async function startPicking(trx: Trx, work: LockedFloorWork, by: FloorActor): Promise<void> {
  const { fulfilment, order } = work;
  if (fulfilment.status !== 'released') return;
  await setFulfilmentStatus(trx, work, 'picking', by);
  if (order.status !== 'released') return;
  await applyOrderTransition(trx, order.id, transition(order, 'picking', by), {
    fulfilment: fulfilment.number,
    ...by.data,
  });
  order.status = 'picking';
}

/**
 * The last parcel of a fulfilment is closed: it is packed, and its order is packed once every
 * live fulfilment of it is. The caller holds the order lock, so siblings cannot move meanwhile.
 */
export async function markPacked(trx: Trx, work: LockedFloorWork, by: FloorActor): Promise<void> {
  const { fulfilment, order } = work;
  await setFulfilmentStatus(trx, work, 'packed', by);
  const unpacked = await trx
    .selectFrom('fulfilments')
    .select('id')
    .where('order_id', '=', order.id)
    .where('status', 'not in', ['packed', 'cancelled'])
    .executeTakeFirst();
  // A backordered order stays so: it still waits for stock, and ships in parts.
  if (unpacked || order.status !== 'picking') return;
  await applyOrderTransition(trx, order.id, transition(order, 'packed', by), {
    fulfilment: fulfilment.number,
    ...by.data,
  });
  order.status = 'packed';
}

export async function setFulfilmentStatus(
  trx: Trx,
  work: LockedFloorWork,
  to: FulfilmentStatus,
  by: FloorActor,
): Promise<void> {
  const { fulfilment, order } = work;
  await trx
    .updateTable('fulfilments')
    .set({ status: to, updated_at: by.at })
    .where('id', '=', fulfilment.id)
    .execute();
  await recordStatusChange(trx, {
    entityType: 'order',
    entityId: order.id,
    kind: 'fulfilment.status_changed',
    from: fulfilment.status,
    to,
    actor: by.actor,
    at: by.at,
    data: {
      fulfilmentId: fulfilment.id,
      number: fulfilment.number,
      warehouse: fulfilment.warehouse,
      ...by.data,
    },
  });
  fulfilment.status = to;
}
