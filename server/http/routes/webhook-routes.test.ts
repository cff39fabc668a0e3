import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeHmacSha256Base64 } from '../../channels';
import { addChannel, addProduct, addStock, addWarehouse } from '../../testing/fixtures';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

const fixture = (path: string) => readFileSync(new URL(`../../channels/${path}`, import.meta.url));
const SHOPIFY_SECRET = 'shpss_test_secret_2f7c';
const WOO_SECRET = 'woo-secret-91ab';

describe('Shopify and WooCommerce webhooks', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp();
    const us = await addWarehouse(t.db.db, 'NJ', { country: 'US', lat: 40.73, lon: -74.17 });
    const eu = await addWarehouse(t.db.db, 'RTM', { country: 'NL', lat: 51.92, lon: 4.48 });
    for (const sku of [
      'IPOD2008GREEN',
      'IPOD2008RED',
      'CABLE-LTG-1M-WHT',
      'WOO-SINGLE-1',
      'Bar3',
    ]) {
      await addStock(t.db.db, us, await addProduct(t.db.db, sku), 50);
    }
    for (const sku of ['TF-750-SS', 'BD-BAM'])
      await addStock(t.db.db, eu, await addProduct(t.db.db, sku), 50);
    await addChannel(t.db.db, 'shop', 'web', 'shopify', {
      webhook: { secret: SHOPIFY_SECRET, key: t.secretKey },
    });
    await addChannel(t.db.db, 'woo', 'b2b', 'woocommerce', {
      webhook: { secret: WOO_SECRET, key: t.secretKey },
    });
  });
  afterEach(() => t.close());

  const shopify = (body: Buffer, topic: string, id: string, secret = SHOPIFY_SECRET) =>
    t.request('POST', '/v1/channels/shop/webhooks/shopify', {
      raw: body,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': topic,
        'x-shopify-webhook-id': id,
        'x-shopify-hmac-sha256': computeHmacSha256Base64(body, secret),
      },
    });
  const woo = (body: Buffer, id: string, secret = WOO_SECRET, contentType = 'application/json') =>
    t.request('POST', '/v1/channels/woo/webhooks/woocommerce', {
      raw: body,
      headers: {
        'content-type': contentType,
        'x-wc-webhook-topic': 'order.created',
        'x-wc-webhook-delivery-id': id,
        'x-wc-webhook-signature': computeHmacSha256Base64(body, secret),
      },
    });
  const orderCount = async () => (await t.db.db.selectFrom('orders').select('id').execute()).length;

  it('captures a signed Shopify orders/create, ignores its replay, and cancels on orders/cancelled', async () => {
    const created = await shopify(
      fixture('shopify/fixtures/orders-create-usd.json'),
      'orders/create',
      'd-1',
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ created: true, order: { status: 'allocated' } });
    const replay = await shopify(
      fixture('shopify/fixtures/orders-create-usd.json'),
      'orders/create',
      'd-1',
    );
    expect(replay.body).toMatchObject({ replay: true });
    expect(await orderCount()).toBe(1);

    const cancelled = await shopify(
      fixture('shopify/fixtures/orders-cancelled.json'),
      'orders/cancelled',
      'd-2',
    );
    expect(cancelled.status).toBe(200);
    const order = await t.db.db
      .selectFrom('orders')
      .select(['status', 'external_id'])
      .executeTakeFirstOrThrow();
    expect(order).toEqual({ status: 'cancelled', external_id: '450789469' });
    const reserved = await t.db.db.selectFrom('stock_levels').select('reserved').execute();
    expect(reserved.every((r) => r.reserved === 0)).toBe(true);
  });

  it('refuses bad and missing signatures, tampered bodies and the wrong channel, storing nothing', async () => {
    const body = fixture('shopify/fixtures/orders-create-usd.json');
    expect((await shopify(body, 'orders/create', 'x-1', 'wrong-secret')).status).toBe(401);
    const tampered = Buffer.from(body.toString().replace('"quantity": 2', '"quantity": 200'));
    const res = await t.request('POST', '/v1/channels/shop/webhooks/shopify', {
      raw: tampered,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': 'orders/create',
        'x-shopify-webhook-id': 'x-2',
        'x-shopify-hmac-sha256': computeHmacSha256Base64(body, SHOPIFY_SECRET),
      },
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'SIGNATURE_INVALID' } });
    const unsigned = await t.request('POST', '/v1/channels/shop/webhooks/shopify', {
      raw: body,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': 'orders/create',
        'x-shopify-webhook-id': 'x-3',
      },
    });
    expect(unsigned.status).toBe(401);
    expect((await woo(body, 'x-4')).status).toBe(400); // a Shopify body, signed right, is not a Woo order
    expect(
      (
        await t.request('POST', '/v1/channels/woo/webhooks/shopify', {
          raw: body,
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(404);
    expect(await orderCount()).toBe(0);
  });

  it('refuses a signed but malformed Shopify order with the field named', async () => {
    const broken = Buffer.from(
      JSON.stringify({
        ...JSON.parse(fixture('shopify/fixtures/orders-create-usd.json').toString()),
        line_items: [{ quantity: -1 }],
      }),
    );
    const res = await shopify(broken, 'orders/create', 'b-1');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/line_items\.0/);
    expect(await orderCount()).toBe(0);
  });

  it('captures signed WooCommerce orders, answers the ping, and ignores replays', async () => {
    const ping = await woo(
      Buffer.from('webhook_id=17'),
      'p-1',
      WOO_SECRET,
      'application/x-www-form-urlencoded',
    );
    expect(ping.body).toEqual({ ping: true, webhookId: 17 });
    const created = await woo(fixture('woocommerce/fixtures/order-created.json'), 'w-1');
    expect(created.status).toBe(201);
    const eur = await woo(
      fixture('woocommerce/fixtures/order-created-eur-tax-inclusive.json'),
      'w-2',
    );
    expect(eur.body).toMatchObject({ order: { status: 'allocated' } });
    expect(
      (await woo(fixture('woocommerce/fixtures/order-created.json'), 'w-1')).body,
    ).toMatchObject({ replay: true });
    expect(
      (await woo(fixture('woocommerce/fixtures/order-created.json'), 'w-1', 'nope')).status,
    ).toBe(401);
    expect(await orderCount()).toBe(2);
  });
});
