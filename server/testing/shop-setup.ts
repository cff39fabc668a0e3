import type { OrderCaptureInput } from '../../shared/api/order-capture';
import { addChannel, addProduct, addStock, addToken, addWarehouse, orderFor } from './fixtures';
import type { TestApp } from './test-app';

export interface TestShop {
  east: { id: string; code: string; binId: string };
  west: { id: string; code: string; binId: string };
  products: Record<string, string>;
  web: { id: string; code: string; apiKey: string };
  manager: string;
  viewer: string;
}

/**
 * Two US warehouses (EAST near the default ship-to, WEST far), a web channel, a manager and
 * a viewer token, and products with opening stock in EAST: `{sku: units}`.
 */
export async function setUpShop(
  t: TestApp,
  stockInEast: Record<string, number>,
): Promise<TestShop> {
  const db = t.db.db;
  const east = await addWarehouse(db, 'EAST', { country: 'US', lat: 40.7, lon: -74 });
  const west = await addWarehouse(db, 'WEST', { country: 'US', lat: 37.8, lon: -122.4 });
  const products: Record<string, string> = {};
  for (const [sku, units] of Object.entries(stockInEast)) {
    products[sku] = await addProduct(db, sku);
    if (units > 0) await addStock(db, east, products[sku], units);
  }
  return {
    east,
    west,
    products,
    web: await addChannel(db, 'web-store', 'web'),
    manager: await addToken(db, 'manager'),
    viewer: await addToken(db, 'viewer'),
  };
}

export interface CapturedOrder {
  id: string;
  number: string;
  status: string;
}

/** Captures an order through the real channel API, as a storefront would. */
export async function captureOrderVia(
  t: TestApp,
  channel: { code: string; apiKey: string },
  externalId: string,
  lines: { sku: string; quantity: number; unitPriceMinor?: number }[],
  overrides: Partial<OrderCaptureInput> = {},
): Promise<CapturedOrder> {
  const res = await t.request('POST', `/v1/channels/${channel.code}/orders`, {
    body: orderFor(externalId, lines, overrides),
    token: channel.apiKey,
  });
  if (res.status !== 201) {
    throw new Error(`capture ${externalId} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return (res.body as { order: CapturedOrder }).order;
}
