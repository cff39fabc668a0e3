import type { Transaction } from 'kysely';
import { ORDER_STATUS_LABELS } from '../../shared/domain/order-status';
import type { FulfilmentStatus } from '../../shared/api/fulfilment-status';
import type { CentralDatabase } from '../db/schema';
import { lockFloorFulfilment } from '../pipeline/floor-status';
import type { FloorActor, LockedFloorWork } from '../pipeline/floor-status';
import { nowIso } from '../pipeline/ids';
import type { StationCaller } from '../http/station-auth';
import type { MutationContext } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';

type Trx = Transaction<CentralDatabase>;

export interface FloorProduct {
  id: string;
  sku: string;
  requiresLot: boolean;
  requiresSerial: boolean;
}

export async function requireProduct(trx: Trx, productId: string): Promise<FloorProduct> {
  const row = await trx
    .selectFrom('products')
    .select(['id', 'sku', 'requires_lot', 'requires_serial'])
    .where('id', '=', productId)
    .executeTakeFirst();
  if (!row) {
    throw new MutationRejection(
      'NOT_FOUND',
      'The head office does not know this product; scan it again once the station has synced.',
    );
  }
  return {
    id: row.id,
    sku: row.sku,
    requiresLot: row.requires_lot,
    requiresSerial: row.requires_serial,
  };
}

export async function requireBin(
  trx: Trx,
  station: StationCaller,
  binId: string,
): Promise<{ id: string; code: string }> {
  const bin = await trx
    .selectFrom('bins')
    .select(['id', 'code'])
    .where('id', '=', binId)
    .where('warehouse_id', '=', station.warehouseId)
    .executeTakeFirst();
  if (!bin) {
    throw new MutationRejection(
      'NOT_FOUND',
      `${station.warehouseCode} has no such bin at the head office (it may have been removed); scan the bin label again.`,
    );
  }
  return bin;
}

/**
 * The fulfilment and its order, locked, if it is this station's warehouse's work and in one of
 * the statuses the change needs.
 */
export async function requireFloorWork(
  trx: Trx,
  station: StationCaller,
  fulfilmentId: string,
  allowed: readonly FulfilmentStatus[],
  doing: string,
): Promise<LockedFloorWork> {
  const work = await lockFloorFulfilment(trx, fulfilmentId);
  if (!work) {
    throw new MutationRejection(
      'NOT_FOUND',
      'The head office has no such order to work on; sync the station and pick from a fresh list.',
    );
  }
  const { fulfilment, order } = work;
  if (fulfilment.warehouseId !== station.warehouseId) {
    throw new MutationRejection(
      'WRONG_WAREHOUSE',
      `Order ${order.number} is to be sent from ${fulfilment.warehouse}, not ${station.warehouseCode}; leave it to ${fulfilment.warehouse}.`,
    );
  }
  if (!allowed.includes(fulfilment.status)) {
    throw new MutationRejection('CONFLICT', notWorkable(work, doing));
  }
  return work;
}

/** Why this order cannot take this change any more, in the floor's words. */
export function notWorkable({ order, fulfilment }: LockedFloorWork, doing: string): string {
  switch (fulfilment.status) {
    case 'cancelled':
      return order.status === 'cancelled'
        ? `Order ${order.number} was cancelled, so it cannot be ${doing}; put its units back and take it off the cart.`
        : `Order ${order.number}'s ${fulfilment.warehouse} part was cancelled, so it cannot be ${doing}; put its units back.`;
    case 'packed':
      return `Order ${order.number} is already packed, so it cannot be ${doing}.`;
    case 'shipped':
      return `Order ${order.number} has already shipped, so it cannot be ${doing}.`;
    case 'allocated':
      return `Order ${order.number} has not been released to the floor yet (it is ${ORDER_STATUS_LABELS[order.status]}), so it cannot be ${doing}; ask a manager to release it.`;
    case 'released':
      return `Nothing of order ${order.number} has been picked yet, so it cannot be ${doing}; pick it first.`;
    case 'picking':
      return `Order ${order.number} is still being picked, so it cannot be ${doing}.`;
  }
}

/** The pick list a pick or short is filed under: accepted, here, and naming this order. */
export async function requireWaveWith(
  trx: Trx,
  station: StationCaller,
  waveId: string,
  work: LockedFloorWork,
): Promise<{ id: string; number: string }> {
  const wave = await trx
    .selectFrom('waves')
    .select(['id', 'number', 'fulfilments'])
    .where('id', '=', waveId)
    .where('warehouse_id', '=', station.warehouseId)
    .executeTakeFirst();
  if (!wave) {
    throw new MutationRejection(
      'NOT_FOUND',
      `The head office did not accept the pick list this was picked on, so order ${work.order.number} cannot be picked from it; put the units back and start a new pick list.`,
    );
  }
  if (!wave.fulfilments.some((f) => f.fulfilmentId === work.fulfilment.id)) {
    throw new MutationRejection(
      'INVALID',
      `Order ${work.order.number} is not on pick list ${wave.number}; put the units back and pick it from its own list.`,
    );
  }
  return { id: wave.id, number: wave.number };
}

/** A line of this fulfilment, locked; its product must be the one scanned. */
export async function requireLine(
  trx: Trx,
  work: LockedFloorWork,
  lineId: string,
): Promise<{ id: string; orderLineId: string; productId: string }> {
  const line = await trx
    .selectFrom('fulfilment_lines')
    .select(['id', 'order_line_id', 'product_id'])
    .where('id', '=', lineId)
    .where('fulfilment_id', '=', work.fulfilment.id)
    .forUpdate()
    .executeTakeFirst();
  if (!line) {
    throw new MutationRejection(
      'NOT_FOUND',
      `That line is not part of order ${work.order.number} at ${work.fulfilment.warehouse}; sync the station and open the order again.`,
    );
  }
  return { id: line.id, orderLineId: line.order_line_id, productId: line.product_id };
}

/** The person and station behind a floor change, as its events record them. */
export function floorActor(context: MutationContext): FloorActor {
  return {
    actor: context.person.name,
    at: nowIso(),
    data: { mutationId: context.mutationId, station: context.station.name },
  };
}
