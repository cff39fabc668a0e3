import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StockAnswerSchema } from '../../../shared/api/stock-read';
import { newId } from '../../pipeline/ids';
import { addStock } from '../../testing/fixtures';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('GET /v1/stock', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 5, 'LAMP-1': 2 });
    const binB = newId();
    await t.db.db
      .insertInto('bins')
      .values({ id: binB, warehouse_id: shop.east.id, code: 'B-02-01', pick_sequence: 2 })
      .execute();
    await addStock(t.db.db, { id: shop.east.id, binId: binB }, shop.products['MUG-1'] ?? '', 3);
    await addStock(t.db.db, shop.west, shop.products['MUG-1'] ?? '', 4);
    await captureOrderVia(t, shop.web, 'S-1', [{ sku: 'MUG-1', quantity: 6 }]);
  });
  afterEach(() => t.close());

  const stock = async (query = '') => {
    const res = await t.request('GET', `/v1/stock${query}`, { token: shop.viewer });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return StockAnswerSchema.parse(res.body);
  };

  it('shows stock per bin and per warehouse with reserved and available', async () => {
    const all = await stock();
    expect(all.bins).toEqual([
      { warehouse: 'EAST', bin: 'A-01-01', sku: 'LAMP-1', onHand: 2 },
      { warehouse: 'EAST', bin: 'A-01-01', sku: 'MUG-1', onHand: 5 },
      { warehouse: 'EAST', bin: 'B-02-01', sku: 'MUG-1', onHand: 3 },
      { warehouse: 'WEST', bin: 'A-01-01', sku: 'MUG-1', onHand: 4 },
    ]);
    expect(all.levels).toEqual([
      { warehouse: 'EAST', sku: 'LAMP-1', onHand: 2, reserved: 0, available: 2 },
      { warehouse: 'EAST', sku: 'MUG-1', onHand: 8, reserved: 6, available: 2 },
      { warehouse: 'WEST', sku: 'MUG-1', onHand: 4, reserved: 0, available: 4 },
    ]);
  });

  it('filters by warehouse, bin and SKU', async () => {
    const east = await stock('?warehouse=east&sku=MUG-1');
    expect(east.bins.map((b) => b.bin)).toEqual(['A-01-01', 'B-02-01']);
    expect(east.levels).toEqual([
      { warehouse: 'EAST', sku: 'MUG-1', onHand: 8, reserved: 6, available: 2 },
    ]);
    const bin = await stock('?warehouse=EAST&bin=B-02-01');
    expect(bin.bins).toEqual([{ warehouse: 'EAST', bin: 'B-02-01', sku: 'MUG-1', onHand: 3 }]);
    const nothing = await stock(`?sku=${encodeURIComponent("' OR 1=1 --")}`);
    expect(nothing).toEqual({ bins: [], levels: [] });
  });

  it('needs a token and refuses bad filters', async () => {
    expect((await t.request('GET', '/v1/stock')).status).toBe(401);
    const bad = await t.request('GET', `/v1/stock?sku=${'x'.repeat(65)}`, { token: shop.viewer });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { issues: [{ path: 'sku' }] } });
  });
});
