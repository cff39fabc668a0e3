import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { captureOrder } from '../pipeline/capture-order';
import type { CaptureChannel } from '../pipeline/capture-order';
import { ensureDefaultRules } from '../pipeline/validation-rule-store';
import { buildDemoBusiness } from './demo-business';
import { DemoClock } from './demo-clock';
import type { DemoOrder } from './demo-order-builder';
import { carryOrder } from './demo-order-flow';
import { MINIMUM_DEMO_ORDERS, planIntents } from './demo-order-plan';
import { demoOrders } from './demo-orders';
import { readSummary } from './demo-summary';
import type { DemoSummary } from './demo-summary';
import { insertBusiness } from './insert-business';
import { seedDemoShipping } from './demo-shipping';
import { ledgerDiscrepancies, orderAccountingDiscrepancies } from '../db/ledger-check';
import { SeededRandom } from './seeded-random';

export type { DemoSummary } from './demo-summary';

export interface DemoOptions {
  /** Seals the webhook channels' secrets; the head office must run with the same key. */
  secretKey: Buffer;
  /** Same seed, same business (apart from keys and timestamps). */
  seed?: number;
  orders?: number;
}

export class DemoSeedError extends Error {
  override readonly name = 'DemoSeedError';
}

export const DEFAULT_DEMO_SEED = 20_251_124;
export const DEFAULT_DEMO_ORDERS = 600;
// Any fixed number: two seeds started at once take turns, and the second then refuses.
const SEED_LOCK = 7_310_042;

/**
 * Fills an empty head-office database with a believable business, orders included, through the
 * same pipeline calls real traffic uses. Refuses a database that already has a business in it,
 * rather than doubling it.
 */
export async function seedDemo(
  db: Kysely<CentralDatabase>,
  options: DemoOptions,
): Promise<DemoSummary> {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const orderCount = options.orders ?? DEFAULT_DEMO_ORDERS;
  if (!Number.isInteger(orderCount) || orderCount < MINIMUM_DEMO_ORDERS || orderCount > 50_000) {
    throw new DemoSeedError(
      `The demo's order count must be ${MINIMUM_DEMO_ORDERS}..50000 (fewer cannot show every order state), not ${orderCount}`,
    );
  }
  const rng = new SeededRandom(seed);
  const intents = planIntents(rng, orderCount);
  const business = buildDemoBusiness(rng, {
    customers: Math.max(300, Math.ceil(orderCount / 2)),
    stock: { kind: 'demo' },
    nowMs: started,
  });

  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    await refuseUnlessEmpty(trx);
    await insertBusiness(trx, business, options.secretKey);
    await seedDemoShipping(trx);
    // Holds come from the stored rules; a fresh database has none until this puts them in.
    await ensureDefaultRules(trx);
  });

  const orders = demoOrders(rng, business, intents, started);
  const channels = new Map<string, CaptureChannel>(
    business.channels.map((c) => [
      c.code,
      { id: c.id, code: c.code, kind: c.kind, orderPrefix: c.orderPrefix },
    ]),
  );
  const captured: { orderId: string; status: OrderStatus; order: DemoOrder }[] = [];
  for (const order of orders) {
    const channel = channels.get(order.channelCode);
    if (!channel) throw new DemoSeedError(`The demo has no channel ${order.channelCode}`);
    const result = await captureOrder(db, channel, order.capture, `channel:${channel.code}`);
    captured.push({ orderId: result.orderId, status: result.status, order });
  }
  const flow = {
    db,
    rng,
    clock: new DemoClock(),
    bins: business.stock.bins,
    people: business.people,
    warehouses: business.warehouses,
  };
  for (const c of captured) await carryOrder(flow, c, c.order.intent);

  const mismatches = [
    ...(await ledgerDiscrepancies(db)),
    ...(await orderAccountingDiscrepancies(db)),
  ];
  if (mismatches.length > 0) {
    throw new DemoSeedError(
      `The demo's stock ledger does not add up in ${mismatches.length} place(s), e.g. ${mismatches[0] ?? ''}`,
    );
  }
  return readSummary(db, { seed, business, elapsedMs: Date.now() - started });
}

async function refuseUnlessEmpty(db: Kysely<CentralDatabase>): Promise<void> {
  const { rows } = await sql<{ warehouses: string; products: string; orders: string }>`
    SELECT (SELECT count(*) FROM warehouses) AS warehouses,
           (SELECT count(*) FROM products) AS products,
           (SELECT count(*) FROM orders) AS orders`.execute(db);
  const found = rows[0];
  const filled = found ? Object.entries(found).filter(([, n]) => Number(n) > 0) : [];
  if (filled.length > 0) {
    throw new DemoSeedError(
      `This database already has ${filled.map(([table, n]) => `${n} ${table}`).join(', ')}; ` +
        'the demo fills only an empty database, so nothing was added. Use a fresh data folder or database.',
    );
  }
}
