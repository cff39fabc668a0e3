import { CustomerPool } from './customer-pool';
import { demoAddress } from './demo-addresses';
import type { DemoBusiness } from './demo-business';
import { buildDemoOrder } from './demo-order-builder';
import type { DemoOrder } from './demo-order-builder';
import type { OrderIntent } from './demo-order-plan';
import type { DemoCustomer } from './demo-people';
import { ProductPicker } from './product-picker';
import type { SeededRandom } from './seeded-random';

/** Each customer orders at most this often, below the velocity rule's five an hour. */
const ORDERS_PER_CUSTOMER = 3;

/**
 * The orders the channels send, oldest first, so order numbers rise with the time the customer
 * ordered just as they would have arrived.
 */
export function demoOrders(
  rng: SeededRandom,
  business: DemoBusiness,
  intents: readonly OrderIntent[],
  nowMs: number,
): DemoOrder[] {
  const soldOut = new Set(business.stock.outEverywhere.map((p) => p.id));
  const [newark, reno] = business.warehouses;
  const onlyIn = (id: string | undefined) => (id ? (business.stock.onlyIn.get(id) ?? []) : []);
  const cardTester: DemoCustomer = {
    id: '',
    email: 'quick.buyer.7731@example.org',
    name: 'J Smith',
    country: 'US',
    address: demoAddress(rng, 'US', 'J Smith'),
    business: false,
  };
  const ctx = {
    rng,
    nowMs,
    products: new ProductPicker(business.catalogue.products.filter((p) => !soldOut.has(p.id))),
    outEverywhere: business.stock.outEverywhere,
    splitPairs: [onlyIn(newark?.id), onlyIn(reno?.id)] as const,
    customers: new CustomerPool(rng, business.customers, ORDERS_PER_CUSTOMER),
    cardTester,
  };
  const orders = intents.map((intent, index) => buildDemoOrder(ctx, intent, index + 1));
  return orders
    .map((order, index) => ({ order, index }))
    .sort(
      (a, b) =>
        a.order.capture.placedAt.localeCompare(b.order.capture.placedAt) || a.index - b.index,
    )
    .map(({ order }) => order);
}
