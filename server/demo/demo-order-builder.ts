import { OrderCaptureSchema } from '../../shared/api/order-capture';
import type { CaptureLine, OrderCapture, OrderCaptureInput } from '../../shared/api/order-capture';
import type { CustomerPool } from './customer-pool';
import { CURRENCY_BY_COUNTRY, demoAddress, MISTYPED_POSTCODES } from './demo-addresses';
import type { DemoProduct } from './demo-catalogue';
import { localPrice, orderMoney } from './demo-money';
import { FIRST_NAMES, LAST_NAMES } from './demo-names';
import type { FlowTarget, OrderIntent } from './demo-order-plan';
import type { DemoCustomer } from './demo-people';
import { DISCONTINUED_SKUS } from './demo-product-lines';
import type { ProductPicker } from './product-picker';
import type { SeededRandom } from './seeded-random';

export interface DemoOrder {
  channelCode: string;
  capture: OrderCapture;
  intent: OrderIntent;
}

export interface OrderBuildContext {
  rng: SeededRandom;
  nowMs: number;
  products: ProductPicker;
  /** Sold out everywhere, for orders meant to backorder. */
  outEverywhere: readonly DemoProduct[];
  /** Items only Newark has, and items only Reno has, for orders meant to split. */
  splitPairs: readonly [readonly DemoProduct[], readonly DemoProduct[]];
  customers: CustomerPool;
  /** The one address that places a burst of orders. */
  cardTester: DemoCustomer;
}

const MINUTE_MS = 60_000;

// Hours since the customer ordered, by how far the order has got.
const AGE_HOURS: Readonly<Record<FlowTarget, readonly [number, number]>> = {
  allocated: [0, 3],
  released: [1, 6],
  picking: [2, 8],
  packed: [4, 20],
  partially_shipped: [20, 50],
  shipped: [24, 70],
  delivered: [72, 160],
  cancelled: [3, 60],
};

function channelFor(rng: SeededRandom, intent: OrderIntent): string {
  if (intent.kind === 'hold') {
    if (intent.cause === 'postcode') return rng.pick(['web', 'phone', 'marketplace']);
    if (intent.cause === 'unknown_sku') return rng.pick(['web', 'marketplace']);
    return 'web';
  }
  if (intent.kind === 'split') return rng.pick(['web', 'web', 'phone', 'marketplace']);
  return rng.weighted([
    ['web', 45],
    ['marketplace', 25],
    ['pos', 7],
    ['phone', 10],
    ['wholesale', 13],
  ]);
}

function ageMs(ctx: OrderBuildContext, intent: OrderIntent): number {
  const { rng } = ctx;
  const hours = (range: readonly [number, number]) =>
    rng.int(range[0] * 60, range[1] * 60) * MINUTE_MS;
  if (intent.kind === 'flow' || intent.kind === 'split') return hours(AGE_HOURS[intent.target]);
  if (intent.kind === 'backorder') return hours([12, 96]);
  if (intent.cause === 'velocity') return rng.int(5, 25) * MINUTE_MS;
  return hours([1, 30]);
}

/** Builds one order as its channel would send it, checked by the same schema capture uses. */
export function buildDemoOrder(
  ctx: OrderBuildContext,
  intent: OrderIntent,
  index: number,
): DemoOrder {
  const { rng } = ctx;
  let channelCode = channelFor(rng, intent);
  let customer: DemoCustomer | undefined;
  if (intent.kind === 'hold' && intent.cause === 'velocity') customer = ctx.cardTester;
  else if (channelCode === 'wholesale') customer = ctx.customers.next((c) => c.business);
  if (!customer) {
    // Wholesale accounts are few; once each has ordered its share, the order comes from the web.
    if (channelCode === 'wholesale') channelCode = 'web';
    const usOnly = intent.kind === 'split' || channelCode === 'pos';
    const northAmerica = channelCode === 'phone';
    customer = ctx.customers.next(
      (c) =>
        !c.business &&
        (!usOnly || c.country === 'US') &&
        (!northAmerica || c.country === 'US' || c.country === 'CA'),
    );
  }
  if (!customer) throw new Error('The demo ran out of customers; seed more customers');

  const currency = CURRENCY_BY_COUNTRY[customer.country];
  const wholesale = channelCode === 'wholesale';
  const price = (p: DemoProduct) =>
    Math.round(localPrice(p.priceMinor, currency) * (wholesale ? 0.5 : 1));
  const line = (p: DemoProduct, quantity: number): CaptureLine => ({
    sku: p.sku,
    quantity,
    unitPriceMinor: price(p),
  });
  const lines = orderLines(ctx, intent, wholesale, line, currency);

  let shipTo = { ...customer.address };
  if (intent.kind === 'hold' && intent.cause === 'postcode') {
    const typo = rng.pick(MISTYPED_POSTCODES);
    shipTo = { ...demoAddress(rng, typo.country, customer.name), postcode: typo.postcode };
  }
  const fraud = intent.kind === 'hold' && intent.cause === 'fraud';
  const goods = lines.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
  const express = channelCode === 'web' && rng.chance(0.2);
  const freeShipping = wholesale || channelCode === 'marketplace' || goods >= 7_500;
  const money = orderMoney(lines, customer.country, {
    shippingMinor: freeShipping ? 0 : localPrice(express ? 1_495 : 695, currency),
    discountPercent: channelCode === 'web' && rng.chance(0.12) ? 10 : 0,
    taxExempt: wholesale,
  });
  const input: OrderCaptureInput = {
    externalId: externalId(channelCode, index, rng),
    placedAt: new Date(ctx.nowMs - ageMs(ctx, intent)).toISOString(),
    currency,
    customer: {
      email: channelCode === 'pos' && rng.chance(0.4) ? '' : customer.email,
      name: customer.name,
      ...(customer.phone ? { phone: customer.phone } : {}),
    },
    shipTo,
    // A card from another country and another name: the pattern the fraud rule looks for.
    ...(fraud
      ? {
          billTo: demoAddress(
            rng,
            shipTo.country === 'GB' ? 'US' : 'GB',
            `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
          ),
        }
      : {}),
    lines,
    ...money,
    payment: payment(rng, channelCode, customer, intent),
    serviceLevel: express ? 'express' : wholesale ? 'economy' : 'standard',
    ...(rng.chance(0.06) ? { notes: rng.pick(NOTES) } : {}),
  };
  return { channelCode, capture: OrderCaptureSchema.parse(input), intent };
}

const NOTES = [
  'Gift — please leave out the packing slip.',
  'Leave with the concierge if nobody is home.',
  'Happy birthday, Sam!',
  'Please use recycled packaging.',
  'Deliver to the loading dock at the back.',
];

function orderLines(
  ctx: OrderBuildContext,
  intent: OrderIntent,
  wholesale: boolean,
  line: (p: DemoProduct, quantity: number) => CaptureLine,
  currency: string,
): CaptureLine[] {
  const { rng, products } = ctx;
  const retailQty = () =>
    rng.weighted([
      [1, 80],
      [2, 15],
      [3, 5],
    ] as const);
  const extra = (count: number) =>
    products.pickDistinct(rng, count).map((p) => line(p, retailQty()));
  if (intent.kind === 'split') {
    const [east, west] = ctx.splitPairs;
    return [line(rng.pick(east), 1), line(rng.pick(west), 1), ...extra(rng.chance(0.3) ? 1 : 0)];
  }
  if (intent.kind === 'backorder') {
    return [line(rng.pick(ctx.outEverywhere), rng.int(1, 2)), ...extra(rng.int(0, 2))];
  }
  if (intent.kind === 'hold' && intent.cause === 'unknown_sku') {
    const gone = {
      sku: rng.pick(DISCONTINUED_SKUS),
      quantity: 1,
      unitPriceMinor: localPrice(1_600, currency),
    };
    return [gone, ...extra(rng.int(0, 1))];
  }
  if (intent.kind === 'hold' && intent.cause === 'fraud') {
    // Pricey, resellable goods in quantity: well over the review limit.
    return products
      .pickDistinct(rng, 2, (p) => p.priceMinor >= 4_500)
      .map((p) => line(p, Math.ceil(35_000 / p.priceMinor)));
  }
  if (intent.kind === 'hold' && intent.cause === 'velocity') return extra(1);
  if (wholesale) {
    return products
      .pickDistinct(rng, rng.int(2, 5), (p) => p.casePack !== undefined)
      .map((p) => line(p, (p.casePack ?? 6) * (rng.chance(0.8) ? 1 : 2)));
  }
  return extra(
    rng.weighted([
      [1, 45],
      [2, 30],
      [3, 15],
      [4, 10],
    ] as const),
  );
}

function payment(
  rng: SeededRandom,
  channelCode: string,
  customer: DemoCustomer,
  intent: OrderIntent,
): OrderCaptureInput['payment'] {
  if (intent.kind === 'hold' && intent.cause === 'unpaid') {
    return { status: 'pending', method: 'bank_transfer' };
  }
  switch (channelCode) {
    case 'wholesale':
      return { status: 'on_account', method: 'net_30' };
    case 'pos':
      return { status: 'paid', method: 'card_present' };
    case 'phone':
      return customer.country === 'US' && rng.chance(0.25)
        ? { status: 'cash_on_delivery', method: 'cod' }
        : { status: 'authorized', method: 'card_not_present' };
    case 'marketplace':
      return { status: 'paid', method: 'marketplace' };
    default:
      return rng.chance(0.85)
        ? { status: 'paid', method: 'shopify_payments' }
        : { status: 'authorized', method: 'paypal' };
  }
}

/** Ids in each platform's own style, unique within the channel. */
function externalId(channelCode: string, index: number, rng: SeededRandom): string {
  switch (channelCode) {
    case 'web':
      return String(5_861_047_150_000 + index * 1_031);
    case 'marketplace':
      return `113-${rng.digits(3)}${String(index).padStart(4, '0')}-${rng.digits(7)}`;
    case 'pos':
      return `NWK-T2-${String(4_000 + index).padStart(6, '0')}`;
    case 'phone':
      return `PH-${String(26_000 + index)}`;
    default:
      return String(10_230 + index);
  }
}
