import type { Transaction } from 'kysely';
import { planAllocation } from '../../shared/domain/allocation/plan-allocation';
import type {
  LineToAllocate,
  WarehouseOffer,
} from '../../shared/domain/allocation/plan-allocation';
import { transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { newId } from './ids';
import { applyOrderTransition, recordEvent } from './order-events';
import { lockStockLevels } from './stock-locks';
import { warehouseDistances } from './warehouse-distance';

type Trx = Transaction<CentralDatabase>;

export interface AllocationOutcome {
  status: OrderStatus;
  fulfilmentIds: string[];
  backorderedUnits: number;
}

/**
 * Reserves stock for a confirmed order and creates its fulfilments. Locks the stock levels of
 * the order's products (in a fixed order, so concurrent orders queue instead of deadlocking),
 * so the availability it plans with is still true when the reservations are written.
 */
export async function allocateOrder(
  trx: Trx,
  order: { id: string; number: string; status: OrderStatus; shipCountry: string },
  actor: string,
  at: string,
): Promise<AllocationOutcome> {
  const lines = await trx
    .selectFrom('order_lines')
    .select(['id', 'product_id', 'quantity'])
    .where('order_id', '=', order.id)
    .orderBy('line_no')
    .execute();
  const toAllocate: LineToAllocate[] = lines.flatMap((l) =>
    l.product_id ? [{ lineId: l.id, productId: l.product_id, quantity: l.quantity }] : [],
  );
  const levels = await lockStockLevels(
    trx,
    toAllocate.map((l) => l.productId),
  );
  const distances = await warehouseDistances(trx, order.shipCountry);
  const offers: WarehouseOffer[] = distances.map((w) => ({
    warehouseId: w.id,
    distanceKm: w.distanceKm,
    available: new Map(
      levels.filter((l) => l.warehouseId === w.id).map((l) => [l.productId, l.onHand - l.reserved]),
    ),
  }));
  const plan = planAllocation(toAllocate, offers);

  const fulfilmentIds: string[] = [];
  for (const planned of plan.fulfilments) {
    const code = distances.find((w) => w.id === planned.warehouseId)?.code ?? 'WH';
    const fulfilmentId = await createFulfilment(trx, order, planned.warehouseId, code, at);
    await reserveLines(
      trx,
      order.id,
      planned.lines.map((l) => ({ ...l, fulfilmentId, warehouseId: planned.warehouseId })),
      at,
    );
    fulfilmentIds.push(fulfilmentId);
  }
  let backorderedUnits = 0;
  for (const back of plan.backordered) {
    backorderedUnits += back.quantity;
    await trx
      .updateTable('order_lines')
      .set({ backordered_qty: back.quantity })
      .where('id', '=', back.lineId)
      .execute();
  }
  const to: OrderStatus = backorderedUnits > 0 ? 'backordered' : 'allocated';
  const reason =
    to === 'backordered'
      ? `${backorderedUnits} unit(s) not in stock in any warehouse; waiting for a receipt`
      : undefined;
  await applyOrderTransition(trx, order.id, transition(order, to, { actor, at, reason }), {
    fulfilments: fulfilmentIds.length,
    backorderedUnits,
  });
  return { status: to, fulfilmentIds, backorderedUnits };
}

export async function createFulfilment(
  trx: Trx,
  order: { id: string; number: string },
  warehouseId: string,
  warehouseCode: string,
  at: string,
): Promise<string> {
  const existing = await trx
    .selectFrom('fulfilments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('order_id', '=', order.id)
    .executeTakeFirstOrThrow();
  const id = newId();
  const number = `${order.number}-${warehouseCode}-${Number(existing.n) + 1}`;
  await trx
    .insertInto('fulfilments')
    .values({
      id,
      number,
      order_id: order.id,
      warehouse_id: warehouseId,
      status: 'allocated',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await recordEvent(trx, {
    entityType: 'order',
    entityId: order.id,
    kind: 'fulfilment.created',
    actor: 'allocation',
    at,
    toStatus: 'allocated',
    data: { fulfilmentId: id, number, warehouseCode },
  });
  return id;
}

/** One reserved line of a fulfilment: what the floor will pick, and the stock held for it. */
export interface ReservedLine extends LineToAllocate {
  fulfilmentId: string;
  warehouseId: string;
}

/**
 * Writes fulfilment lines and their reservations, two statements however many lines. The
 * reservation trigger adds to stock_levels.reserved; its CHECK refuses any overreservation.
 */
export async function reserveLines(
  trx: Trx,
  orderId: string,
  lines: readonly ReservedLine[],
  at: string,
): Promise<void> {
  if (lines.length === 0) return;
  await trx
    .insertInto('fulfilment_lines')
    .values(
      lines.map((l) => ({
        id: newId(),
        fulfilment_id: l.fulfilmentId,
        order_line_id: l.lineId,
        product_id: l.productId,
        quantity: l.quantity,
      })),
    )
    .execute();
  await trx
    .insertInto('reservations')
    .values(
      lines.map((l) => ({
        id: newId(),
        order_id: orderId,
        order_line_id: l.lineId,
        warehouse_id: l.warehouseId,
        product_id: l.productId,
        quantity: l.quantity,
        status: 'active',
        created_at: at,
      })),
    )
    .execute();
}
