import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStation } from '../testing/fixtures';
import { floorMutations, releasedOrder } from '../testing/floor-work';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

interface ShapeMessage {
  value?: Record<string, unknown>;
  headers: Record<string, unknown>;
}

const FLOOR_TABLES = [
  'fulfilments',
  'fulfilment_lines',
  'waves',
  'picks',
  'short_picks',
  'parcels',
] as const;

describe('the floor on the built-in shape feed', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const shape = async (token: string, query: string) => {
    const res = await t.request('GET', `/v1/shape?${query}`, { token });
    expect(res.status, query).toBe(200);
    return {
      rows: (res.body as ShapeMessage[]).filter((m) => m.value !== undefined),
      handle: res.headers.get('electric-handle') ?? '',
      offset: res.headers.get('electric-offset') ?? '',
    };
  };

  it('gives every station of the warehouse its floor work, and other warehouses none', async () => {
    const m = floorMutations(floor);
    const order = await releasedOrder(t, floor, 'f-1', [{ sku: 'MUG-1', quantity: 2 }]);
    const wave = m.wave([order]);
    const pick = m.pick(wave, order, 'MUG-1', 1);
    const short = m.short(wave, order, 'MUG-1', 1);
    const parcel = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }]);
    const { answer } = await floor.send([wave, pick, short, parcel]);
    expect(answer?.results.map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
    ]);

    const sibling = await addStation(t.db.db, { warehouseId: floor.shop.east.id, name: 'East 2' });
    const west = await addStation(t.db.db, { warehouseId: floor.shop.west.id, name: 'West 1' });
    for (const table of FLOOR_TABLES) {
      const { rows } = await shape(sibling.token, `table=${table}&offset=-1`);
      expect(rows.length, table).toBe(1);
      expect(rows[0]?.value?.warehouse_id, table).toBe(floor.shop.east.id);
      const { rows: westRows } = await shape(west.token, `table=${table}&offset=-1`);
      expect(westRows, table).toEqual([]);
    }
    const { rows: fulfilments } = await shape(sibling.token, 'table=fulfilments&offset=-1');
    expect(fulfilments[0]?.value).toMatchObject({
      order_number: order.number,
      service_level: 'standard',
      status: 'packed',
    });

    // Live: an undo arrives as an update of the pick.
    const snapshot = await shape(sibling.token, 'table=picks&offset=-1');
    const order2 = await releasedOrder(t, floor, 'f-2', [{ sku: 'MUG-1', quantity: 1 }]);
    const wave2 = m.wave([order2]);
    const pick2 = m.pick(wave2, order2, 'MUG-1', 1);
    await floor.send([wave2, pick2, m.undo(pick2)]);
    const live = await shape(
      sibling.token,
      `table=picks&offset=${snapshot.offset}&handle=${snapshot.handle}`,
    );
    expect(live.rows.map((r) => [r.headers.operation, r.value?.id])).toEqual([
      ['insert', pick2.id],
      ['update', pick2.id],
    ]);
  });
});
