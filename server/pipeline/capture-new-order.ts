import type { Kysely, Transaction } from 'kysely';
import type { OrderCapture } from '../../shared/api/order-capture';
import { planAllocation } from '../../shared/domain/allocation/plan-allocation';
import type {
  AllocationPlan,
  LineToAllocate,
} from '../../shared/domain/allocation/plan-allocation';
import { transition } from '../../shared/domain/order-state-machine';
import type { OrderStatus } from '../../shared/domain/order-status';
import { evaluateRules, orderFactsFromCapture } from '../../shared/domain/validation-rules';
import type { CentralDatabase } from '../db/schema';
import type { CaptureChannel, CaptureResult } from './capture-order';
import { insertEvents } from './event-rows';
import type { EventRow } from './event-rows';
import { newId, nowIso } from './ids';
import { customerAndRecentOrders, insertOrder } from './capture-writes';
import { lockStockLevels } from './stock-locks';
import { writePlannedFulfilments } from './write-planned-fulfilments';
import { currentRules } from './validation-rule-store';
import { cachedWarehouseDistances } from './warehouse-directory';

type Trx = Transaction<CentralDatabase>;

/** Thrown inside the transaction to roll it back when the order turns out to exist already. */
export class AlreadyCaptured extends Error {
  override readonly name = 'AlreadyCaptured';
}

/**
 * A new order's whole journey through the pipeline in one transaction, decided in memory and
 * written in a handful of multi-row statements: every state change still goes through the state
 * machine and gets its event, but an order costs about a dozen round trips, not two dozen.
 */
export async function captureNewOrder(
  db: Kysely<CentralDatabase>,
  trx: Trx,
  channel: CaptureChannel,
  capture: OrderCapture,
  hash: string,
  actor: string,
): Promise<CaptureResult> {
  const at = nowIso();
  const orderId = newId();
  // Looking products up also locks them, first of all locks (see order-lock.ts for the order),
  // so a receipt creating a stock level for one of them cannot slip in between plan and write.
  const products = await trx
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('sku', 'in', [...new Set(capture.lines.map((l) => l.sku))])
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
  const productBySku = new Map(products.map((p) => [p.sku, p.id]));
  const { customerId, ordersFromEmailLastHour } = await customerAndRecentOrders(trx, capture, at);
  const lines = capture.lines.map((line, index) => ({
    id: newId(),
    lineNo: index + 1,
    productId: productBySku.get(line.sku) ?? null,
    ...line,
  }));

  const violations = evaluateRules(
    await currentRules(db),
    orderFactsFromCapture(capture, channel.kind),
    {
      ordersFromEmailLastHour,
      knownSkus: new Set(productBySku.keys()),
    },
  );
  const events: EventRow[] = [
    {
      entityType: 'order',
      entityId: orderId,
      kind: 'order.captured',
      at,
      actor,
      to: 'received',
      data: { channel: channel.code, externalId: capture.externalId },
    },
  ];
  const move = (
    from: OrderStatus,
    to: OrderStatus,
    who: string,
    reason?: string,
    data: Record<string, unknown> = {},
  ) => {
    const event = transition({ status: from }, to, {
      actor: who,
      at,
      ...(reason ? { reason } : {}),
    });
    events.push({
      entityType: 'order',
      entityId: orderId,
      kind: 'order.status_changed',
      at,
      actor: event.actor,
      from: event.from,
      to: event.to,
      reason: event.reason,
      data,
    });
    return to;
  };

  let status: OrderStatus;
  let plan: AllocationPlan = { fulfilments: [], backordered: [] };
  if (violations.length > 0) {
    status = move(
      'received',
      'on_hold',
      'validation',
      violations.map((v) => v.message).join('; '),
      { violations },
    );
  } else {
    move('received', 'confirmed', 'validation');
    const toAllocate: LineToAllocate[] = lines.flatMap((l) =>
      l.productId ? [{ lineId: l.id, productId: l.productId, quantity: l.quantity }] : [],
    );
    plan = await planFor(db, trx, toAllocate, capture.shipTo.country);
    const backorderedUnits = plan.backordered.reduce((sum, b) => sum + b.quantity, 0);
    status =
      backorderedUnits > 0
        ? move(
            'confirmed',
            'backordered',
            'allocation',
            `${backorderedUnits} unit(s) not in stock in any warehouse; waiting for a receipt`,
            { fulfilments: plan.fulfilments.length, backorderedUnits },
          )
        : move('confirmed', 'allocated', 'allocation', undefined, {
            fulfilments: plan.fulfilments.length,
            backorderedUnits: 0,
          });
  }

  const inserted = await insertOrder(trx, {
    orderId,
    channel,
    capture,
    hash,
    customerId,
    status,
    violations,
    at,
  });
  if (inserted === undefined) throw new AlreadyCaptured();
  const number = inserted;
  const backordered = new Map(plan.backordered.map((b) => [b.lineId, b.quantity]));
  await trx
    .insertInto('order_lines')
    .values(
      lines.map((l) => ({
        id: l.id,
        order_id: orderId,
        line_no: l.lineNo,
        product_id: l.productId,
        sku: l.sku,
        quantity: l.quantity,
        unit_price_minor: l.unitPriceMinor,
        backordered_qty: backordered.get(l.id) ?? 0,
      })),
    )
    .execute();
  await writePlannedFulfilments(db, trx, {
    orderId,
    number,
    country: capture.shipTo.country,
    plan,
    at,
    events,
  });
  await insertEvents(trx, events);
  return { orderId, number, status, created: true, holdReasons: violations };
}

async function planFor(
  db: Kysely<CentralDatabase>,
  trx: Trx,
  lines: LineToAllocate[],
  country: string,
): Promise<AllocationPlan> {
  const levels = await lockStockLevels(
    trx,
    lines.map((l) => l.productId),
  );
  const warehouses = await cachedWarehouseDistances(db, country);
  return planAllocation(
    lines,
    warehouses.map((w) => ({
      warehouseId: w.id,
      distanceKm: w.distanceKm,
      available: new Map(
        levels
          .filter((l) => l.warehouseId === w.id)
          .map((l) => [l.productId, l.onHand - l.reserved]),
      ),
    })),
  );
}
