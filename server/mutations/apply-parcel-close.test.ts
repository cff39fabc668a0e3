import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseFulfilment } from '../pipeline/release-fulfilment';
import { floorMutations, releasedOrder } from '../testing/floor-work';
import type { FloorMutations, ReleasedOrder } from '../testing/floor-work';
import { addProduct, addStation, addStock } from '../testing/fixtures';
import { captureOrderVia } from '../testing/shop-setup';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';
import { WRONG_ITEM } from './floor-rejections';

describe('parcel.close at the head office', () => {
  let t: TestApp;
  let floor: StationFloor;
  let m: FloorMutations;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    const pen = await addProduct(t.db.db, 'PEN-1');
    floor.shop.products['PEN-1'] = pen;
    await addStock(t.db.db, floor.shop.east, pen, 10);
    m = floorMutations(floor);
  });
  afterEach(() => t.close());

  const status = async (order: ReleasedOrder) => ({
    order: (
      await t.db.db
        .selectFrom('orders')
        .select('status')
        .where('id', '=', order.orderId)
        .executeTakeFirstOrThrow()
    ).status,
    fulfilment: (
      await t.db.db
        .selectFrom('fulfilments')
        .select('status')
        .where('id', '=', order.fulfilmentId)
        .executeTakeFirstOrThrow()
    ).status,
  });

  it('packs in parcels of picked units; the last one packs the fulfilment and the order', async () => {
    const order = await releasedOrder(t, floor, 'c-1', [
      { sku: 'MUG-1', quantity: 3 },
      { sku: 'PEN-1', quantity: 2 },
    ]);
    const wave = m.wave([order]);
    const picks = [m.pick(wave, order, 'MUG-1', 3), m.pick(wave, order, 'PEN-1', 2)];
    const first = m.parcel(order, [{ sku: 'MUG-1', quantity: 2 }], { last: false });
    const notPicked = m.parcel(order, [{ sku: 'MUG-1', quantity: 2 }], { last: false });
    const { answer } = await floor.send([wave, ...picks, first, notPicked]);
    expect(answer?.results.slice(3)).toMatchObject([
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: `Only 1 unit of MUG-1 for order ${order.number} was picked and not yet packed, so 2 units cannot go in this parcel; take out 1 unit.`,
      },
    ]);
    expect(await status(order)).toEqual({ order: 'picking', fulfilment: 'picking' });

    const leftBehind = m.parcel(order, [{ sku: 'PEN-1', quantity: 2 }]);
    const wrong = m.parcel(order, [
      { sku: 'MUG-1', quantity: 1 },
      { sku: 'PEN-1', quantity: 2 },
    ]);
    const items = (wrong.payload as { items: { productId: string }[] }).items;
    if (items[0]) items[0].productId = floor.shop.products['PEN-1'] ?? '';
    const last = m.parcel(order, [
      { sku: 'MUG-1', quantity: 1 },
      { sku: 'PEN-1', quantity: 2 },
    ]);
    const { answer: closing } = await floor.send([leftBehind, wrong, last]);
    expect(closing?.results).toMatchObject([
      {
        status: 'rejected',
        code: 'CONFLICT',
        message:
          '1 unit of MUG-1 was picked but is in no parcel; put it in this parcel or undo the pick, then close the last parcel.',
      },
      { status: 'rejected', code: WRONG_ITEM },
      { status: 'accepted' },
    ]);
    expect(await status(order)).toEqual({ order: 'packed', fulfilment: 'packed' });

    const parcel = await t.db.db
      .selectFrom('parcels')
      .selectAll()
      .where('id', '=', last.id)
      .executeTakeFirstOrThrow();
    expect(parcel).toMatchObject({
      number: `${order.fulfilmentNumber}-P5`,
      warehouse_id: floor.shop.east.id,
      box_code: 'BOX-M',
      weight_grams: 1200,
      last: true,
      station_id: floor.station.stationId,
      items: [
        { fulfilmentLineId: order.line('MUG-1').id, quantity: 1 },
        { fulfilmentLineId: order.line('PEN-1').id, quantity: 2 },
      ],
    });
    const events = await t.db.db
      .selectFrom('events')
      .select(['kind', 'from_status', 'to_status', 'data'])
      .where('entity_id', '=', order.orderId)
      .where('to_status', '=', 'packed')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(events).toMatchObject([
      {
        kind: 'fulfilment.status_changed',
        from_status: 'picking',
        data: { parcel: parcel.number },
      },
      { kind: 'order.status_changed', from_status: 'picking' },
    ]);

    // Packed: no more parcels, and the number cannot be used again anyway.
    const late = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }], { number: parcel.number });
    const { answer: after } = await floor.send([late]);
    expect(after?.results).toMatchObject([
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: expect.stringContaining('already packed') as unknown,
      },
    ]);
  });

  it('refuses a parcel number used already and a last parcel while units are still to pick', async () => {
    const order = await releasedOrder(t, floor, 'c-2', [{ sku: 'MUG-1', quantity: 3 }]);
    const wave = m.wave([order]);
    const pick = m.pick(wave, order, 'MUG-1', 2);
    const one = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }], { last: false });
    const dup = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }], {
      last: false,
      number: `${order.fulfilmentNumber}-P1`,
    });
    const early = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }]);
    const { answer } = await floor.send([wave, pick, one, dup, early]);
    expect(answer?.results.slice(2)).toMatchObject([
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: expect.stringContaining(
          `Parcel number ${order.fulfilmentNumber}-P1 is already used`,
        ) as unknown,
      },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: `1 unit of MUG-1 for order ${order.number} is still to pick; pick it or report it short, then close the last parcel.`,
      },
    ]);
    // Reported short (backordered): the last parcel may now close without it.
    const short = m.short(wave, order, 'MUG-1', 1);
    const last = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }]);
    const { answer: closing } = await floor.send([short, last]);
    expect(closing?.results).toMatchObject([{ status: 'accepted' }, { status: 'accepted' }]);
    expect(await status(order)).toEqual({ order: 'packed', fulfilment: 'packed' });
  });

  it('packs the order only when its fulfilment in the other warehouse is packed too', async () => {
    const westBin = floor.shop.west.binId;
    // EAST has no books, WEST has: the order splits between the two warehouses.
    const book = await addProduct(t.db.db, 'BOOK-1');
    await addStock(t.db.db, floor.shop.west, book, 5);
    const captured = await captureOrderVia(t, floor.shop.web, 'c-3', [
      { sku: 'MUG-1', quantity: 1 },
      { sku: 'BOOK-1', quantity: 1 },
    ]);
    const fulfilments = await t.db.db
      .selectFrom('fulfilments as f')
      .innerJoin('fulfilment_lines as l', 'l.fulfilment_id', 'f.id')
      .innerJoin('products as p', 'p.id', 'l.product_id')
      .select([
        'f.id',
        'f.number',
        'f.warehouse_id',
        'l.id as line_id',
        'p.id as product_id',
        'p.sku',
      ])
      .where('f.order_id', '=', captured.id)
      .execute();
    expect(fulfilments.map((f) => f.sku).sort()).toEqual(['BOOK-1', 'MUG-1']);
    for (const f of fulfilments) await releaseFulfilment(t.db.db, f.id, 'test');
    const asOrder = (sku: string): ReleasedOrder => {
      const f = fulfilments.find((x) => x.sku === sku);
      if (!f) throw new Error(sku);
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
    const east = asOrder('MUG-1');
    const west = asOrder('BOOK-1');

    const eastWave = m.wave([east]);
    await floor.send([
      eastWave,
      m.pick(eastWave, east, 'MUG-1', 1),
      m.parcel(east, [{ sku: 'MUG-1', quantity: 1 }]),
    ]);
    expect(await status(east)).toEqual({ order: 'picking', fulfilment: 'packed' });

    const westStation = await addStation(t.db.db, {
      warehouseId: floor.shop.west.id,
      name: 'West 1',
    });
    const inWest = { warehouseId: floor.shop.west.id };
    const westWave = m.wave([west], { ...inWest, number: 'W-WP1-1' });
    const { answer } = await floor.send(
      [
        westWave,
        m.pick(westWave, west, 'BOOK-1', 1, { ...inWest, binId: westBin }),
        m.parcel(west, [{ sku: 'BOOK-1', quantity: 1 }], inWest),
      ],
      westStation.token,
    );
    expect(answer?.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(await status(west)).toEqual({ order: 'packed', fulfilment: 'packed' });
  });
});
