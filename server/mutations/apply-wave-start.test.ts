import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelOrder } from '../pipeline/cancel-order';
import { floorMutations, releasedOrder } from '../testing/floor-work';
import type { FloorMutations } from '../testing/floor-work';
import { addStation } from '../testing/fixtures';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('wave.start at the head office', () => {
  let t: TestApp;
  let floor: StationFloor;
  let m: FloorMutations;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 20);
    m = floorMutations(floor);
  });
  afterEach(() => t.close());

  const statuses = async (orderId: string) => ({
    order: (
      await t.db.db
        .selectFrom('orders')
        .select('status')
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow()
    ).status,
    fulfilments: (
      await t.db.db
        .selectFrom('fulfilments')
        .select('status')
        .where('order_id', '=', orderId)
        .execute()
    ).map((f) => f.status),
  });

  it('claims released orders: the wave is recorded and orders and fulfilments move to picking', async () => {
    const one = await releasedOrder(t, floor, 'w-1', [{ sku: 'MUG-1', quantity: 2 }]);
    const two = await releasedOrder(t, floor, 'w-2', [{ sku: 'MUG-1', quantity: 1 }]);
    const wave = m.wave([one, two]);
    const { answer } = await floor.send([wave]);
    expect(answer?.results).toMatchObject([{ status: 'accepted' }]);

    const row = await t.db.db
      .selectFrom('waves')
      .selectAll()
      .where('id', '=', wave.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      number: 'W-EP1-1',
      kind: 'cluster',
      warehouse_id: floor.shop.east.id,
      station_id: floor.station.stationId,
      person_id: floor.people.picker,
      fulfilments: [
        { fulfilmentId: one.fulfilmentId, tote: 'TOTE-1' },
        { fulfilmentId: two.fulfilmentId, tote: 'TOTE-2' },
      ],
    });
    expect(await statuses(one.orderId)).toEqual({ order: 'picking', fulfilments: ['picking'] });
    expect(await statuses(two.orderId)).toEqual({ order: 'picking', fulfilments: ['picking'] });

    const events = await t.db.db
      .selectFrom('events')
      .select(['kind', 'from_status', 'to_status', 'actor', 'data'])
      .where('entity_id', '=', one.orderId)
      .where('to_status', '=', 'picking')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(events).toMatchObject([
      {
        kind: 'fulfilment.status_changed',
        from_status: 'released',
        actor: 'Pat Picker',
        data: { wave: 'W-EP1-1', station: 'East packing 1', mutationId: wave.id },
      },
      { kind: 'order.status_changed', from_status: 'released', actor: 'Pat Picker' },
    ]);

    // A second list naming an order already picking is fine (two stations may share an order).
    const again = m.wave([one]);
    const { answer: second } = await floor.send([again]);
    expect(second?.results).toMatchObject([{ status: 'accepted' }]);
    expect(await statuses(one.orderId)).toEqual({ order: 'picking', fulfilments: ['picking'] });
  });

  it('refuses a list with a cancelled or packed order, naming each, and changes nothing', async () => {
    const live = await releasedOrder(t, floor, 'w-live', [{ sku: 'MUG-1', quantity: 1 }]);
    const cancelled = await releasedOrder(t, floor, 'w-cancel', [{ sku: 'MUG-1', quantity: 1 }]);
    await cancelOrder(t.db.db, cancelled.orderId, 'test', 'customer asked');
    const packed = await releasedOrder(t, floor, 'w-packed', [{ sku: 'MUG-1', quantity: 1 }]);
    const wave1 = m.wave([packed]);
    const pick = m.pick(wave1, packed, 'MUG-1', 1);
    const parcel = m.parcel(packed, [{ sku: 'MUG-1', quantity: 1 }]);
    const { answer: packing } = await floor.send([wave1, pick, parcel]);
    expect(packing?.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);

    const wave = m.wave([live, cancelled, packed]);
    const { answer } = await floor.send([wave]);
    const result = answer?.results[0];
    expect(result).toMatchObject({ status: 'rejected', code: 'CONFLICT' });
    const message = result?.status === 'rejected' ? result.message : '';
    expect(message).toContain(`Order ${cancelled.number} was cancelled`);
    expect(message).toContain(`Order ${packed.number} is already packed`);
    expect(message).not.toContain(live.number);
    expect(await statuses(live.orderId)).toEqual({ order: 'released', fulfilments: ['released'] });
    expect(
      await t.db.db.selectFrom('waves').select('id').where('id', '=', wave.id).execute(),
    ).toEqual([]);
  });

  it('refuses another warehouse, an unknown order and a number used already', async () => {
    const order = await releasedOrder(t, floor, 'w-3', [{ sku: 'MUG-1', quantity: 1 }]);
    const west = await addStation(t.db.db, { warehouseId: floor.shop.west.id, name: 'West 1' });
    const fromWest = m.wave([order], { warehouseId: floor.shop.west.id });
    const { answer: westAnswer } = await floor.send([fromWest], west.token);
    expect(westAnswer?.results[0]).toMatchObject({ status: 'rejected', code: 'WRONG_WAREHOUSE' });
    expect(westAnswer?.results[0]).toMatchObject({
      message: expect.stringContaining(`${order.number} (EAST)`) as unknown,
    });

    const unknown = m.wave([{ ...order, fulfilmentId: '01900000-0000-7000-8000-00000000abcd' }]);
    const first = m.wave([order], { number: 'W-EP1-77' });
    const dup = m.wave([order], { number: 'W-EP1-77' });
    const { answer } = await floor.send([unknown, first, dup]);
    expect(answer?.results).toMatchObject([
      { status: 'rejected', code: 'NOT_FOUND' },
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: expect.stringContaining('W-EP1-77 is already used') as unknown,
      },
    ]);
  });

  it('refuses the second of two lists sent at once with the same number, not with an error', async () => {
    const one = await releasedOrder(t, floor, 'w-5', [{ sku: 'MUG-1', quantity: 1 }]);
    const two = await releasedOrder(t, floor, 'w-6', [{ sku: 'MUG-1', quantity: 1 }]);
    const other = await addStation(t.db.db, { warehouseId: floor.shop.east.id, name: 'East 2' });
    const [a, b] = await Promise.all([
      floor.send([m.wave([one], { number: 'W-SAME-1' })]),
      floor.send([m.wave([two], { number: 'W-SAME-1' })], other.token),
    ]);
    const outcomes = [a.answer?.results[0], b.answer?.results[0]];
    expect(outcomes.map((o) => o?.status).sort()).toEqual(['accepted', 'rejected']);
    expect(outcomes.find((o) => o?.status === 'rejected')).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('W-SAME-1 is already used') as unknown,
    });
  });

  it('refuses a packer (pick lists need a picker) and a malformed list', async () => {
    const order = await releasedOrder(t, floor, 'w-4', [{ sku: 'MUG-1', quantity: 1 }]);
    const packer = floorMutations(floor, floor.people.packer).wave([order]);
    const bad = m.wave([order], { number: 'wave one' });
    const { answer } = await floor.send([packer, bad]);
    expect(answer?.results).toMatchObject([
      { status: 'rejected', code: 'PERMISSION_DENIED' },
      {
        status: 'rejected',
        code: 'INVALID',
        message: expect.stringContaining('W-AB12-17') as unknown,
      },
    ]);
  });
});
