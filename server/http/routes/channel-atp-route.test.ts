import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtpAnswerSchema } from '../../../shared/api/channel-atp';
import { addChannel, addStock } from '../../testing/fixtures';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('GET /v1/channels/:channel/atp', () => {
  let t: TestApp;
  let shop: TestShop;
  let market: { id: string; code: string; apiKey: string };

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 10, 'LAMP-1': 2 });
    await addStock(t.db.db, shop.west, shop.products['MUG-1'] ?? '', 5);
    market = await addChannel(t.db.db, 'marketplace', 'marketplace');
    await t.db.db
      .updateTable('channels')
      .set({ safety_stock: 3 })
      .where('id', '=', market.id)
      .execute();
    await captureOrderVia(t, shop.web, 'ATP-1', [{ sku: 'MUG-1', quantity: 4 }]);
  });
  afterEach(() => t.close());

  const atp = (channel: string, query: string, token?: string) =>
    t.request('GET', `/v1/channels/${channel}/atp${query}`, { token });

  it('sums available over warehouses less the channel safety stock, never below zero', async () => {
    const res = await atp('marketplace', '?sku=MUG-1&sku=LAMP-1&sku=NOPE-1', market.apiKey);
    expect(res.status).toBe(200);
    expect(AtpAnswerSchema.parse(res.body)).toMatchObject({
      channel: 'marketplace',
      safetyStock: 3,
      items: [
        // (10 - 4 reserved) in EAST + 5 in WEST - 3 safety
        { sku: 'MUG-1', known: true, available: 8 },
        { sku: 'LAMP-1', known: true, available: 0 },
        { sku: 'NOPE-1', known: false, available: 0 },
      ],
    });
    const web = await atp('web-store', '?sku=MUG-1', shop.web.apiKey);
    expect(web.body).toMatchObject({ safetyStock: 0, items: [{ sku: 'MUG-1', available: 11 }] });
  });

  it("takes the channel's own key or a viewer token, nothing else", async () => {
    expect((await atp('marketplace', '?sku=MUG-1', shop.viewer)).status).toBe(200);
    expect((await atp('marketplace', '?sku=MUG-1')).status).toBe(401);
    expect((await atp('marketplace', '?sku=MUG-1', shop.web.apiKey)).status).toBe(401);
    expect((await atp('marketplace', '?sku=MUG-1', 'wh_tk_forged')).status).toBe(401);
    expect((await atp('nowhere', '?sku=MUG-1', shop.viewer)).status).toBe(404);
  });

  it('needs at least one sku', async () => {
    const none = await atp('marketplace', '', market.apiKey);
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ error: { code: 'BAD_REQUEST', issues: [{ path: 'sku' }] } });
    const empty = await atp('marketplace', '?sku=', market.apiKey);
    expect(empty.status).toBe(400);
  });
});
