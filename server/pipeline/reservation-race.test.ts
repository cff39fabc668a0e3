import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addChannel, addProduct, addStock, addWarehouse, orderFor } from '../testing/fixtures';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('the race for the last units', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it('50 concurrent orders from 3 channels for 10 units reserve exactly 10', async () => {
    const east = await addWarehouse(t.db.db, 'EAST', { country: 'US', lat: 40.7, lon: -74 });
    const west = await addWarehouse(t.db.db, 'WEST', { country: 'US', lat: 39.5, lon: -119.8 });
    const product = await addProduct(t.db.db, 'LAST-UNIT');
    await addStock(t.db.db, east, product, 6);
    await addStock(t.db.db, west, product, 4);
    const channels = await Promise.all([
      addChannel(t.db.db, 'web', 'web'),
      addChannel(t.db.db, 'market', 'marketplace'),
      addChannel(t.db.db, 'pos', 'pos'),
    ]);

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const channel = channels[i % 3]!;
        return t.request('POST', `/v1/channels/${channel.code}/orders`, {
          token: channel.apiKey,
          body: orderFor(`race-${i}`, [{ sku: 'LAST-UNIT', quantity: 1 }]),
        });
      }),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const statuses = responses.map((r) => (r.body as { order: { status: string } }).order.status);
    expect(statuses.filter((s) => s === 'allocated')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'backordered')).toHaveLength(40);

    const levels = await t.db.db
      .selectFrom('stock_levels')
      .select(['warehouse_id', 'on_hand', 'reserved'])
      .orderBy('warehouse_id')
      .execute();
    expect(levels.map((l) => [l.on_hand, l.reserved]).sort()).toEqual([
      [4, 4],
      [6, 6],
    ]);
    const { rows } = await sql<{ reserved: string; backordered: string }>`
      SELECT (SELECT coalesce(sum(quantity), 0) FROM reservations WHERE status = 'active') AS reserved,
             (SELECT coalesce(sum(backordered_qty), 0) FROM order_lines) AS backordered`.execute(
      t.db.db,
    );
    expect(rows[0]).toEqual({ reserved: '10', backordered: '40' });
    const events = await t.db.db
      .selectFrom('events')
      .select('to_status')
      .where('kind', '=', 'order.status_changed')
      .execute();
    expect(events.filter((e) => e.to_status === 'allocated')).toHaveLength(10);
  });
});
