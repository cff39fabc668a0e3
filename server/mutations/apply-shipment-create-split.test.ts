import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseFulfilment } from '../pipeline/release-fulfilment';
import { addProduct, addStation, addStock } from '../testing/fixtures';
import { floorMutations, releasedOrder } from '../testing/floor-work';
import type { ReleasedOrder } from '../testing/floor-work';
import { assertLedgerConsistent } from '../testing/ledger-check';
import {
  seedShippingSetup,
  shippingMutations,
  shippingStatuses,
  stockPosition,
} from '../testing/shipping-fixture';
import type { ShippingMutations } from '../testing/shipping-fixture';
import { captureOrderVia } from '../testing/shop-setup';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

/** shipment.create for orders that are not one warehouse's whole order: split, or short. */
describe('shipment.create for split and short orders', () => {
  let t: TestApp;
  let floor: StationFloor;
  let s: ShippingMutations;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    await seedShippingSetup(t.db.db);
    s = shippingMutations(floor);
  });
  afterEach(() => t.close());

  const mug = () => floor.shop.products['MUG-1'] ?? '';
  const statuses = (order: { orderId: string; fulfilmentId: string }) =>
    shippingStatuses(t.db.db, order);
  /** Everything a refused label must leave alone. */
  const snapshot = async () => ({
    shipments: await t.db.db.selectFrom('shipments').selectAll().orderBy('id').execute(),
    movements: (await t.db.db.selectFrom('stock_movements').select('id').execute()).length,
    events: (await t.db.db.selectFrom('events').select('id').execute()).length,
  });

  it('ships an order split over two warehouses in two steps: partly shipped, then shipped', async () => {
    const book = await addProduct(t.db.db, 'BOOK-1');
    await addStock(t.db.db, floor.shop.west, book, 5);
    const captured = await captureOrderVia(t, floor.shop.web, 'ship-split', [
      { sku: 'MUG-1', quantity: 1 },
      { sku: 'BOOK-1', quantity: 1 },
    ]);
    const split = await t.db.db
      .selectFrom('fulfilments as f')
      .innerJoin('fulfilment_lines as l', 'l.fulfilment_id', 'f.id')
      .innerJoin('products as p', 'p.id', 'l.product_id')
      .select(['f.id', 'f.number', 'l.id as line_id', 'p.id as product_id', 'p.sku'])
      .where('f.order_id', '=', captured.id)
      .execute();
    for (const f of split) await releaseFulfilment(t.db.db, f.id, 'test');
    const part = (sku: string): ReleasedOrder => {
      const f = split.find((x) => x.sku === sku);
      if (!f) throw new Error(`the order has no ${sku} part`);
      const line = { id: f.line_id, orderLineId: '', productId: f.product_id, sku, quantity: 1 };
      return {
        orderId: captured.id,
        number: captured.number,
        fulfilmentId: f.id,
        fulfilmentNumber: f.number,
        lines: [line],
        line: () => line,
      };
    };
    const [east, west] = [part('MUG-1'), part('BOOK-1')];
    const westStation = await addStation(t.db.db, { warehouseId: floor.shop.west.id });
    const m = floorMutations(floor);
    const inWest = { warehouseId: floor.shop.west.id };
    const eastWave = m.wave([east]);
    const eastParcel = m.parcel(east, [{ sku: 'MUG-1', quantity: 1 }]);
    const westWave = m.wave([west], { ...inWest, number: 'W-WP1-1' });
    const westParcel = m.parcel(west, [{ sku: 'BOOK-1', quantity: 1 }], inWest);
    await floor.send([eastWave, m.pick(eastWave, east, 'MUG-1', 1), eastParcel]);
    await floor.send(
      [
        westWave,
        m.pick(westWave, west, 'BOOK-1', 1, { ...inWest, binId: floor.shop.west.binId }),
        westParcel,
      ],
      westStation.token,
    );
    expect((await statuses(east)).order).toBe('packed');

    // EAST cannot label WEST's parcel, whatever warehouse its payload names.
    const before = await snapshot();
    const { answer: refused } = await floor.send([s.label(westParcel)]);
    expect(refused?.results).toMatchObject([{ status: 'rejected', code: 'NOT_FOUND' }]);
    expect(await snapshot()).toEqual(before);

    expect((await floor.send([s.label(eastParcel)])).answer?.results[0]?.status).toBe('accepted');
    expect(await statuses(east)).toMatchObject({
      order: 'partially_shipped',
      fulfilment: 'shipped',
    });
    expect((await statuses(west)).fulfilment).toBe('packed');

    const fromWest = s.label(westParcel, inWest);
    const { answer } = await floor.send([fromWest], westStation.token);
    expect(answer?.results[0]?.status).toBe('accepted');
    expect(await statuses(west)).toEqual({
      order: 'shipped',
      fulfilment: 'shipped',
      reservations: ['consumed', 'consumed'],
    });
    expect(await stockPosition(t.db.db, floor.shop.west.id, book)).toEqual({
      onHand: 4,
      reserved: 0,
      pickedNotShipped: 0,
    });
    const history = await t.db.db
      .selectFrom('events')
      .select(['from_status', 'to_status'])
      .where('entity_id', '=', captured.id)
      .where('kind', '=', 'order.status_changed')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(history.slice(-2)).toEqual([
      { from_status: 'packed', to_status: 'partially_shipped' },
      { from_status: 'partially_shipped', to_status: 'shipped' },
    ]);
    await assertLedgerConsistent(t.db.db);
  });

  it('ships what was packed when a unit was reported short and backordered', async () => {
    const order = await releasedOrder(t, floor, 'ship-short', [{ sku: 'MUG-1', quantity: 3 }]);
    const m = floorMutations(floor);
    const wave = m.wave([order]);
    const parcel = m.parcel(order, [{ sku: 'MUG-1', quantity: 2 }]);
    const { answer: packing } = await floor.send([
      wave,
      m.pick(wave, order, 'MUG-1', 2),
      m.short(wave, order, 'MUG-1', 1),
      parcel,
    ]);
    expect(packing?.results.map((r) => r.status)).toEqual(Array(4).fill('accepted'));
    const packed = await stockPosition(t.db.db, floor.shop.east.id, mug());
    const { answer } = await floor.send([s.label(parcel)]);
    expect(answer?.results[0]?.status).toBe('accepted');
    expect(await stockPosition(t.db.db, floor.shop.east.id, mug())).toEqual({
      onHand: packed.onHand - 2,
      reserved: packed.reserved - 2,
      pickedNotShipped: 0,
    });
    const { status } = await t.db.db
      .selectFrom('fulfilments')
      .select('status')
      .where('id', '=', order.fulfilmentId)
      .executeTakeFirstOrThrow();
    expect(status).toBe('shipped');
    await assertLedgerConsistent(t.db.db);
  });
});
