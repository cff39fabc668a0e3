import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { OrderCaptureInput } from '../../shared/api/order-capture';
import type { ChannelKind } from '../../shared/domain/channel-kind';
import type { CentralDatabase } from '../db/schema';
import { sealSecret } from '../channels';
import { sha256Hex } from '../http/auth';
import { newId } from '../pipeline/ids';

/** Small builders for tests: each returns what a test needs to refer to the row again. */
export async function addWarehouse(
  db: Kysely<CentralDatabase>,
  code: string,
  where: { country: string; lat: number; lon: number },
): Promise<{ id: string; code: string; binId: string }> {
  const id = newId();
  await db
    .insertInto('warehouses')
    .values({
      id,
      code,
      name: `Warehouse ${code}`,
      country: where.country,
      latitude: where.lat,
      longitude: where.lon,
    })
    .execute();
  const binId = newId();
  await db
    .insertInto('bins')
    .values({ id: binId, warehouse_id: id, code: 'A-01-01', pick_sequence: 1 })
    .execute();
  return { id, code, binId };
}

export async function addProduct(db: Kysely<CentralDatabase>, sku: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('products')
    .values({
      id,
      sku,
      name: `Product ${sku}`,
      weight_grams: 500,
      length_mm: 100,
      width_mm: 100,
      height_mm: 50,
    })
    .execute();
  return id;
}

export async function addStock(
  db: Kysely<CentralDatabase>,
  warehouse: { id: string; binId: string },
  productId: string,
  quantity: number,
): Promise<void> {
  await db
    .insertInto('stock_movements')
    .values({
      id: newId(),
      warehouse_id: warehouse.id,
      bin_id: warehouse.binId,
      product_id: productId,
      quantity,
      reason: 'opening_balance',
      actor: 'test',
    })
    .execute();
}

export async function addChannel(
  db: Kysely<CentralDatabase>,
  code: string,
  kind: ChannelKind,
  platform: 'generic' | 'shopify' | 'woocommerce' | 'csv' = 'generic',
  extra: { webhook?: { secret: string; key: Buffer }; orderPrefix?: string } = {},
): Promise<{ id: string; code: string; apiKey: string }> {
  const id = newId();
  const apiKey = `wh_ch_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('channels')
    .values({
      id,
      code,
      name: `Channel ${code}`,
      kind,
      platform,
      order_prefix:
        extra.orderPrefix ??
        code
          .replace(/[^a-z]/g, '')
          .slice(0, 3)
          .toUpperCase()
          .padEnd(2, 'X'),
      api_key_hash: sha256Hex(apiKey),
      webhook_secret_sealed: extra.webhook
        ? sealSecret(extra.webhook.secret, extra.webhook.key, id)
        : null,
    })
    .execute();
  return { id, code, apiKey };
}

export async function addToken(
  db: Kysely<CentralDatabase>,
  role: 'admin' | 'manager' | 'viewer',
): Promise<string> {
  const token = `wh_tk_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('api_tokens')
    .values({ id: newId(), name: `test ${role}`, token_hash: sha256Hex(token), role })
    .execute();
  return token;
}

/** An enrolled station of the warehouse, as `POST /v1/stations/enrol` would leave it. */
export async function addStation(
  db: Kysely<CentralDatabase>,
  station: { warehouseId: string; name?: string },
): Promise<{ stationId: string; token: string }> {
  const stationId = newId();
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('stations')
    .values({
      id: stationId,
      warehouse_id: station.warehouseId,
      name: station.name ?? `Station ${stationId.slice(-4)}`,
      token_hash: sha256Hex(token),
    })
    .execute();
  return { stationId, token };
}

/** A valid, paid US web order for the given SKUs; override anything. */
export function orderFor(
  externalId: string,
  lines: { sku: string; quantity: number; unitPriceMinor?: number }[],
  overrides: Partial<OrderCaptureInput> = {},
): OrderCaptureInput {
  const full = lines.map((l) => ({
    sku: l.sku,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor ?? 1000,
  }));
  const total = full.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0);
  return {
    externalId,
    placedAt: '2026-11-20T10:00:00Z',
    currency: 'USD',
    customer: { email: `${externalId}@example.com`, name: 'Ada Buyer' },
    shipTo: {
      name: 'Ada Buyer',
      line1: '1 Main St',
      city: 'Springfield',
      postcode: '62701',
      country: 'US',
    },
    lines: full,
    totalMinor: total,
    payment: { status: 'paid' },
    ...overrides,
  };
}
