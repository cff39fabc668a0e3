import type { OrderCaptureInput } from '../../shared/api/order-capture';
import type { ChannelKind } from '../../shared/domain/channel-kind';
import { CURRENCY_BY_COUNTRY, demoAddress } from '../../server/demo/demo-addresses';
import type { DemoCountry } from '../../server/demo/demo-addresses';
import type { DemoProduct } from '../../server/demo/demo-catalogue';
import { localPrice, orderMoney } from '../../server/demo/demo-money';
import { emailPart, FIRST_NAMES, LAST_NAMES } from '../../server/demo/demo-names';
import { ProductPicker } from '../../server/demo/product-picker';
import type { SeededRandom } from '../../server/demo/seeded-random';

export interface BenchChannel {
  code: string;
  kind: ChannelKind;
  apiKey: string;
}

export interface BenchOrder {
  channel: BenchChannel;
  /** Serialised once up front, so the load loop measures the server, not JSON.stringify. */
  body: string;
  externalId: string;
}

const PAYMENT: Readonly<Record<ChannelKind, OrderCaptureInput['payment']>> = {
  web: { status: 'paid', method: 'shopify_payments' },
  marketplace: { status: 'paid', method: 'marketplace' },
  pos: { status: 'paid', method: 'card_present' },
  phone: { status: 'authorized', method: 'card_not_present' },
  b2b: { status: 'on_account', method: 'net_30' },
};

const COUNTRIES: readonly (readonly [DemoCountry, number])[] = [
  ['US', 55],
  ['CA', 8],
  ['GB', 10],
  ['DE', 10],
  ['NL', 7],
  ['FR', 6],
  ['IE', 4],
];

/**
 * Orders that pass every validation rule — paid as their channel requires, real postcodes, one
 * order per customer email — so each one goes the whole way: validated, reserved, allocated.
 * 1–5 lines each, spread over the channels in turn.
 */
export function benchOrders(
  rng: SeededRandom,
  products: readonly DemoProduct[],
  channels: readonly BenchChannel[],
  count: number,
  prefix: string,
): BenchOrder[] {
  const picker = new ProductPicker(products);
  const orders: BenchOrder[] = [];
  for (let i = 0; i < count; i += 1) {
    const channel = channels[i % channels.length];
    if (!channel) throw new Error('The bench needs at least one channel');
    const country = rng.weighted(COUNTRIES);
    const currency = CURRENCY_BY_COUNTRY[country];
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const lines = picker.pickDistinct(rng, rng.int(1, 5)).map((p) => ({
      sku: p.sku,
      quantity: rng.weighted([
        [1, 75],
        [2, 18],
        [3, 7],
      ] as const),
      unitPriceMinor: localPrice(p.priceMinor, currency),
    }));
    const b2b = channel.kind === 'b2b';
    const money = orderMoney(lines, country, {
      shippingMinor: b2b ? 0 : localPrice(695, currency),
      discountPercent: 0,
      taxExempt: b2b,
    });
    const externalId = `${prefix}-${channel.code}-${i + 1}`;
    const capture: OrderCaptureInput = {
      externalId,
      placedAt: new Date(Date.now() - rng.int(1, 600) * 1000).toISOString(),
      currency,
      customer: {
        email: `${emailPart(first)}.${emailPart(last)}.${prefix}${i + 1}@example.com`,
        name,
      },
      shipTo: demoAddress(rng, country, name),
      lines,
      ...money,
      payment: PAYMENT[channel.kind],
      serviceLevel: 'standard',
    };
    orders.push({ channel, body: JSON.stringify(capture), externalId });
  }
  return orders;
}
