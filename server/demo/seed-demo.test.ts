import { z } from 'zod';
import { randomBytes, scryptSync } from 'node:crypto';
import { parsePinHash } from '../../shared/security/credential-format';
import { hashBadge } from '../people/credential-hash';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidGtin } from '../../shared/domain/gtin';
import { quoteRateCard } from '../../shared/domain/shipping/quote-rate-card';
import { RateCardSchema } from '../../shared/domain/shipping/rate-card';
import { ORDER_STATUSES } from '../../shared/domain/order-status';
import { hashToken, openSecret } from '../channels/secret-box';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { buildDemoBusiness } from './demo-business';
import { ledgerDiscrepancies, orderAccountingDiscrepancies } from '../db/ledger-check';
import { seedDemo } from './seed-demo';
import type { DemoSummary } from './seed-demo';
import { SeededRandom } from './seeded-random';

// Received and confirmed last only inside the capture transaction: no committed order rests there.
const TRANSIENT = new Set(['received', 'confirmed']);
const RESTING = ORDER_STATUSES.filter((s) => !TRANSIENT.has(s));

describe('demo business, in memory', () => {
  const build = (seed: number) =>
    buildDemoBusiness(new SeededRandom(seed), {
      customers: 300,
      stock: { kind: 'demo' },
      nowMs: Date.UTC(2026, 10, 1),
    });

  it('is the same for the same seed and different for another', () => {
    const skuIds = (seed: number) => build(seed).catalogue.products.map((p) => `${p.sku}:${p.id}`);
    expect(skuIds(7)).toEqual(skuIds(7));
    expect(skuIds(8)).not.toEqual(skuIds(7));
    expect(build(7).customers.map((c) => c.email)).toEqual(build(7).customers.map((c) => c.email));
  });

  it('walks each warehouse in a serpentine: up aisle A, back down aisle B', () => {
    const { warehouses, bins } = build(1);
    const newark = bins
      .filter((b) => b.warehouseId === warehouses[0]?.id)
      .sort((a, b) => a.pickSequence - b.pickSequence)
      .map((b) => b.code);
    expect(newark.slice(0, 5)).toEqual(['A-01-01', 'A-01-02', 'A-01-03', 'A-01-04', 'A-02-01']);
    const aisleB = newark.findIndex((code) => code.startsWith('B-'));
    expect(newark[aisleB - 1]).toBe('A-12-04');
    expect(newark[aisleB]).toBe('B-12-01');
    expect(new Set(newark).size).toBe(newark.length);
  });
});

describe('seedDemo', () => {
  let t: TestDatabase;
  let summary: DemoSummary;
  const secretKey = randomBytes(32);

  beforeAll(async () => {
    t = await createTestDatabase();
    summary = await seedDemo(t.db, { secretKey, seed: 42 });
  }, 180_000);
  afterAll(() => t?.drop());

  it('creates a business of believable size', () => {
    const r = summary.rows;
    expect(r.warehouses).toBe(3);
    expect(r.bins).toBeGreaterThanOrEqual(3 * 300);
    expect(r.products).toBeGreaterThanOrEqual(500);
    expect(r.product_barcodes).toBeGreaterThan(r.products);
    expect(r.channels).toBe(5);
    expect(r.customers).toBeGreaterThanOrEqual(300);
    expect(r.people).toBeGreaterThanOrEqual(10);
    expect(r.api_tokens).toBe(2);
    expect(r.purchase_orders).toBeGreaterThanOrEqual(6);
    expect(r.orders).toBe(600);
    expect(r.fulfilments).toBeGreaterThan(400);
  });

  it('gives every product a valid GTIN and every case a GTIN-14 with its pack quantity', async () => {
    const products = await t.db.selectFrom('products').select(['id', 'gtin']).execute();
    for (const p of products) expect(isValidGtin(p.gtin ?? ''), p.gtin ?? 'none').toBe(true);
    const barcodes = await t.db.selectFrom('product_barcodes').selectAll().execute();
    for (const b of barcodes) expect(isValidGtin(b.barcode), b.barcode).toBe(true);
    const cases = barcodes.filter((b) => b.pack_quantity > 1);
    expect(cases.length).toBeGreaterThan(100);
    for (const c of cases) {
      expect(c.barcode).toHaveLength(14);
      expect([6, 12, 24]).toContain(c.pack_quantity);
    }
    const lengths = new Set(products.map((p) => p.gtin?.length));
    expect([...lengths].sort()).toEqual([12, 13]);
  });

  it('has orders resting in every state an order can rest in', () => {
    for (const status of RESTING) {
      expect(summary.ordersByStatus[status], status).toBeGreaterThanOrEqual(5);
    }
    for (const status of TRANSIENT) expect(summary.ordersByStatus[status as 'received']).toBe(0);
  });

  it('holds orders only for the reasons the demo meant to show', () => {
    expect(Object.keys(summary.holdsByRule).sort()).toEqual([
      'address_valid',
      'fraud_email_velocity',
      'fraud_value_country_mismatch',
      'payment_by_channel',
      'sku_in_catalogue',
    ]);
  });

  it('keeps the stock ledger, levels, bins and reservations in agreement', async () => {
    expect(await ledgerDiscrepancies(t.db)).toEqual([]);
    expect(await orderAccountingDiscrepancies(t.db)).toEqual([]);
    const shipped = await t.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.sum<string>('quantity').as('units'))
      .where('reason', '=', 'ship')
      .executeTakeFirstOrThrow();
    expect(Number(shipped.units)).toBeLessThan(-100);
    const outEverywhere = await t.db
      .selectFrom('products as p')
      .select('p.sku')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('stock_levels as l')
              .select('l.product_id')
              .whereRef('l.product_id', '=', 'p.id')
              .where('l.on_hand', '>', 0),
          ),
        ),
      )
      .execute();
    expect(outEverywhere.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps fulfilments and reservations in step with each order', async () => {
    const rows = await t.db
      .selectFrom('orders as o')
      .innerJoin('fulfilments as f', 'f.order_id', 'o.id')
      .select(['o.status as order', 'f.status as fulfilment'])
      .distinct()
      .execute();
    const seen = new Set(rows.map((r) => `${r.order}/${r.fulfilment}`));
    expect([...seen].sort()).toEqual(
      [
        'allocated/allocated',
        'backordered/allocated',
        'cancelled/cancelled',
        'delivered/shipped',
        'packed/packed',
        'partially_shipped/packed',
        'partially_shipped/shipped',
        'picking/picking',
        'released/released',
        'shipped/shipped',
      ].sort(),
    );
    const activeAfterShipping = await t.db
      .selectFrom('reservations as r')
      .innerJoin('orders as o', 'o.id', 'r.order_id')
      .select('o.number')
      .where('r.status', '=', 'active')
      .where('o.status', 'in', ['shipped', 'delivered', 'cancelled', 'on_hold'])
      .execute();
    expect(activeAfterShipping).toEqual([]);
  });

  it('stores only hashes of keys and tokens, and seals webhook secrets to their channel', async () => {
    const channels = await t.db.selectFrom('channels').selectAll().execute();
    for (const shown of summary.channels) {
      const row = channels.find((c) => c.code === shown.code);
      expect(row?.api_key_hash).toBe(hashToken(shown.apiKey));
      if (shown.webhookSecret) {
        expect(openSecret(row?.webhook_secret_sealed ?? '', secretKey, row?.id)).toBe(
          shown.webhookSecret,
        );
      }
    }
    expect(summary.channels.filter((c) => c.webhookSecret).map((c) => c.platform)).toEqual([
      'shopify',
      'woocommerce',
    ]);
    const tokens = await t.db.selectFrom('api_tokens').select(['token_hash', 'role']).execute();
    expect(tokens.map((r) => r.role).sort()).toEqual(['manager', 'viewer']);
    for (const shown of summary.tokens) {
      expect(tokens.map((r) => r.token_hash)).toContain(hashToken(shown.token));
    }
  });

  it('gives every person a badge and a PIN a station can check, storing only hashes', async () => {
    const people = await t.db.selectFrom('people').selectAll().execute();
    expect(summary.people).toHaveLength(people.length);
    expect(new Set(summary.people.map((p) => p.badge)).size).toBe(people.length);
    for (const shown of summary.people.slice(0, 3)) {
      const row = people.find((p) => p.badge_hash === hashBadge(shown.badge));
      expect(row?.name).toBe(shown.name);
      const parts = parsePinHash(row?.pin_hash ?? '');
      if (!parts) throw new Error(`${shown.name} has no PIN hash`);
      expect(row?.pin_hash).not.toContain(shown.pin);
      const key = scryptSync(shown.pin, Buffer.from(parts.salt, 'base64'), 32, parts);
      expect(key.toString('base64')).toBe(parts.hash);
    }
  });

  it('sets up shipping: rate cards that price every demo customer, a GS1 prefix, addresses', async () => {
    const carriers = await t.db
      .selectFrom('carriers')
      .select(['code', 'kind', 'consignment_prefix', 'rate_card'])
      .orderBy('code')
      .execute();
    expect(carriers.map((c) => [c.code, c.kind, c.consignment_prefix])).toEqual([
      ['EUROPOST', 'rate_card', 'EP'],
      ['PARCELCO', 'rate_card', 'PC'],
      ['ROADRUN', 'rate_card', 'RR'],
    ]);
    const cards = carriers.map((c) => RateCardSchema.parse(c.rate_card));
    const orders = await t.db.selectFrom('orders').select(['number', 'ship_to']).execute();
    for (const order of orders) {
      const to = z.object({ country: z.string(), postcode: z.string() }).parse(order.ship_to);
      const parcel = {
        weightGrams: 1_500,
        lengthMm: 300,
        widthMm: 200,
        heightMm: 150,
        destination: to,
      };
      const quoted = cards.flatMap((card) =>
        quoteRateCard(card, parcel).filter((q) => q.kind === 'quote'),
      );
      expect(quoted.length, `order ${order.number} to ${to.country}`).toBeGreaterThan(0);
    }
    expect(await t.db.selectFrom('company_gs1').selectAll().execute()).toMatchObject([
      { company_prefix: '5012345', extension_digit: 0, next_serial: 1 },
    ]);
    const addresses = await t.db
      .selectFrom('warehouses')
      .select(['code', 'address_line1', 'city'])
      .orderBy('code')
      .execute();
    expect(addresses.map((w) => [w.code, w.city])).toEqual([
      ['EWR1', 'Newark'],
      ['RNO1', 'Reno'],
      ['RTM1', 'Rotterdam'],
    ]);
    expect(addresses.every((w) => w.address_line1.length > 0)).toBe(true);
  });

  it('refuses an order count too small to show every state', async () => {
    await expect(seedDemo(t.db, { secretKey, orders: 10 })).rejects.toThrow(
      /order count must be \d+\.\.50000/,
    );
  });

  it('refuses to seed a database that already has a business, adding nothing', async () => {
    await expect(seedDemo(t.db, { secretKey, seed: 42 })).rejects.toThrow(
      /already has 3 warehouses, \d+ products, 600 orders/,
    );
    const orders = await t.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(orders.n)).toBe(600);
  });
});
