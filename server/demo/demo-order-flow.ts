import type { Kysely } from 'kysely';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { cancelOrder } from '../pipeline/cancel-order';
import { releaseFulfilment } from '../pipeline/release-fulfilment';
import { releaseHold } from '../pipeline/release-hold';
import type { BinStock } from './bin-stock';
import type { DemoClock } from './demo-clock';
import { advanceOnFloor, markDelivered, shipFulfilments } from './demo-floor-work';
import type { Shipment } from './demo-floor-work';
import type { FlowTarget, HoldCause, OrderIntent } from './demo-order-plan';
import type { DemoPerson } from './demo-people';
import type { DemoWarehouse } from './demo-warehouses';
import type { SeededRandom } from './seeded-random';

export interface FlowContext {
  db: Kysely<CentralDatabase>;
  rng: SeededRandom;
  clock: DemoClock;
  bins: BinStock;
  people: readonly DemoPerson[];
  warehouses: readonly DemoWarehouse[];
}

/**
 * Holds a person clears as they stand. A mistyped postcode or an unknown SKU needs the order
 * itself corrected first, so those stay on hold for someone to look at.
 */
const RELEASE_REASONS: Partial<Record<HoldCause, string>> = {
  unpaid: 'Bank transfer arrived; payment matched to the order',
  fraud: 'Called the card holder: the order is genuine, shipping to their office',
};

const HOLD_CANCEL_REASONS: Readonly<Record<HoldCause, string>> = {
  unpaid: 'No payment received within 7 days',
  postcode: 'Customer could not be reached to confirm the address',
  fraud: 'Card holder did not recognise the order',
  unknown_sku: 'Item discontinued; customer refunded in full',
  velocity: 'Card testing: orders cancelled and the card blocked',
};

const CUSTOMER_CANCEL_REASONS = [
  'Customer changed their mind',
  'Customer ordered the wrong size and placed a new order',
  'Duplicate order: the customer submitted twice',
  'Payment disputed by the card holder',
];

const WALK: readonly FlowTarget[] = [
  'released',
  'picking',
  'packed',
  'partially_shipped',
  'shipped',
  'delivered',
];

function staff(ctx: FlowContext, role: DemoPerson['role']): string {
  const person = ctx.rng.pick(ctx.people.filter((p) => p.role === role));
  return person.id;
}

function shipment(rng: SeededRandom, warehouses: readonly DemoWarehouse[], code: string): Shipment {
  const carrier = warehouses.find((w) => w.code === code)?.carrier ?? 'UPS';
  const alnum = () =>
    Array.from({ length: 6 }, () => rng.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'])).join('');
  const trackingNumber =
    carrier === 'UPS'
      ? `1Z${alnum()}03${rng.digits(8)}`
      : carrier === 'USPS'
        ? `9400${rng.digits(18)}`
        : rng.digits(10);
  return { carrier, trackingNumber };
}

/**
 * Takes a just-captured order to where its intent says, through the pipeline's own calls where
 * they exist (release a hold, release to the floor, cancel) and the floor steps otherwise.
 * An order the pipeline put somewhere else than intended (stock ran short) is left there.
 */
export async function carryOrder(
  ctx: FlowContext,
  order: { orderId: string; status: OrderStatus },
  intent: OrderIntent,
): Promise<void> {
  const { db, rng } = ctx;
  const manager = () => staff(ctx, 'manager');
  if (order.status === 'on_hold' && intent.kind === 'hold') {
    const releaseReason = RELEASE_REASONS[intent.cause];
    if (intent.then === 'cancel') {
      await cancelOrder(db, order.orderId, manager(), HOLD_CANCEL_REASONS[intent.cause]);
    } else if (intent.then === 'release' && releaseReason) {
      await releaseHold(db, order.orderId, manager(), releaseReason);
    }
    return;
  }
  if (order.status === 'backordered' && intent.kind === 'backorder' && intent.then === 'cancel') {
    await cancelOrder(db, order.orderId, manager(), 'Customer would not wait for the restock');
    return;
  }
  if (order.status !== 'allocated' || (intent.kind !== 'flow' && intent.kind !== 'split')) return;

  const target = intent.target;
  const stopBefore =
    target === 'cancelled' ? rng.pick(['released', 'picking', 'packed'] as const) : undefined;
  const steps = stopBefore
    ? WALK.slice(0, WALK.indexOf(stopBefore))
    : WALK.slice(0, WALK.indexOf(target) + 1);
  let parcelsFrom: string[] = [];
  for (const step of steps) {
    if (step === 'released') {
      const fulfilments = await db
        .selectFrom('fulfilments as f')
        .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
        .select(['f.id', 'w.code'])
        .where('f.order_id', '=', order.orderId)
        .where('f.status', '=', 'allocated')
        .orderBy('f.number')
        .execute();
      parcelsFrom = fulfilments.map((f) => f.code);
      const by = manager();
      for (const f of fulfilments) await releaseFulfilment(db, f.id, by);
    } else if (step === 'picking' || step === 'packed') {
      const actor = staff(ctx, step === 'picking' ? 'picker' : 'packer');
      await advanceOnFloor(db, order.orderId, step, actor, ctx.clock.now());
    } else if (step === 'partially_shipped' || step === 'shipped') {
      // One parcel cannot leave in part: such an order ships whole, or waits packed.
      if (step === 'partially_shipped' && parcelsFrom.length < 2) {
        if (target === 'partially_shipped') return;
        continue;
      }
      await shipFulfilments(
        db,
        order.orderId,
        step === 'partially_shipped' ? 'first' : 'rest',
        staff(ctx, 'shipping'),
        ctx.clock.now(),
        ctx.bins,
        (code) => shipment(rng, ctx.warehouses, code),
      );
    } else {
      const carriers = ctx.warehouses
        .filter((w) => parcelsFrom.includes(w.code))
        .map((w) => w.carrier);
      // The tracking job marks an order delivered once the carrier scans its last parcel.
      await markDelivered(db, order.orderId, 'carrier-tracking', ctx.clock.now(), {
        carriers: [...new Set(carriers)],
      });
    }
  }
  if (target === 'cancelled') {
    await cancelOrder(db, order.orderId, manager(), rng.pick(CUSTOMER_CANCEL_REASONS));
  }
}
