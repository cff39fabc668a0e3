import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { floorMutations, releasedOrder } from '../testing/floor-work';
import type { FloorMutations } from '../testing/floor-work';
import { addStation } from '../testing/fixtures';
import { assertLedgerConsistent } from '../testing/ledger-check';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('pick.undo and pick.short at the head office', () => {
  let t: TestApp;
  let floor: StationFloor;
  let m: FloorMutations;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    m = floorMutations(floor);
  });
  afterEach(() => t.close());

  const mug = () => floor.shop.products['MUG-1'] ?? '';
  const binOnHand = async () =>
    (
      await t.db.db
        .selectFrom('bin_stock')
        .select('on_hand')
        .where('bin_id', '=', floor.shop.east.binId)
        .where('product_id', '=', mug())
        .executeTakeFirstOrThrow()
    ).on_hand;
  const level = () =>
    t.db.db
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('warehouse_id', '=', floor.shop.east.id)
      .where('product_id', '=', mug())
      .executeTakeFirstOrThrow();

  it('undoes a pick: reversed by the undo, units back in the bin, and only once', async () => {
    const order = await releasedOrder(t, floor, 'u-1', [{ sku: 'MUG-1', quantity: 3 }]);
    const wave = m.wave([order]);
    const pick = m.pick(wave, order, 'MUG-1', 3);
    const undo = m.undo(pick);
    const again = m.undo(pick);
    const { answer } = await floor.send([wave, pick, undo, again]);
    expect(answer?.results).toMatchObject([
      { status: 'accepted' },
      { status: 'accepted' },
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: expect.stringContaining('already undone') as unknown,
      },
    ]);
    const row = await t.db.db
      .selectFrom('picks')
      .select(['reversed_at', 'reversed_by'])
      .where('id', '=', pick.id)
      .executeTakeFirstOrThrow();
    expect(row.reversed_by).toBe(undo.id);
    expect(row.reversed_at).toBeInstanceOf(Date);
    const ledger = await t.db.db
      .selectFrom('stock_movements')
      .select(['bin_id', 'quantity', 'reason', 'reference'])
      .where('mutation_id', '=', undo.id)
      .orderBy('quantity')
      .execute();
    expect(ledger).toEqual([
      { bin_id: null, quantity: -3, reason: 'pick', reference: order.fulfilmentNumber },
      {
        bin_id: floor.shop.east.binId,
        quantity: 3,
        reason: 'pick',
        reference: order.fulfilmentNumber,
      },
    ]);
    expect(await binOnHand()).toBe(10);
    expect(await level()).toEqual({ on_hand: 10, reserved: 3 });

    // The line is free again: the 3 units can be picked anew.
    const { answer: repick } = await floor.send([m.pick(wave, order, 'MUG-1', 3)]);
    expect(repick?.results).toMatchObject([{ status: 'accepted' }]);
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses to undo an unknown pick, another warehouse’s pick, or units already packed', async () => {
    const order = await releasedOrder(t, floor, 'u-2', [{ sku: 'MUG-1', quantity: 2 }]);
    const wave = m.wave([order]);
    const first = m.pick(wave, order, 'MUG-1', 1);
    const second = m.pick(wave, order, 'MUG-1', 1);
    const parcel = m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }], { last: false });
    // One unpacked unit is on the line, so one pick can be put back; the other unit is sealed.
    const undoFirst = m.undo(first);
    const undoPacked = m.undo(second);
    const undoUnknown = m.undo({ ...first, id: '01900000-0000-7000-8000-00000000dead' });
    const { answer } = await floor.send([
      wave,
      first,
      second,
      parcel,
      undoFirst,
      undoPacked,
      undoUnknown,
    ]);
    expect(answer?.results.slice(3)).toMatchObject([
      { status: 'accepted' },
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: `1 unit of MUG-1 for order ${order.number} is already in a closed parcel, so this pick cannot be undone; open the parcel with a manager first.`,
      },
      { status: 'rejected', code: 'NOT_FOUND' },
    ]);

    const west = await addStation(t.db.db, { warehouseId: floor.shop.west.id, name: 'West 1' });
    const { answer: fromWest } = await floor.send(
      [m.undo(first, { warehouseId: floor.shop.west.id })],
      west.token,
    );
    expect(fromWest?.results).toMatchObject([{ status: 'rejected', code: 'NOT_FOUND' }]);
  });

  it('records a retask short and changes nothing else', async () => {
    const order = await releasedOrder(t, floor, 's-1', [{ sku: 'MUG-1', quantity: 3 }]);
    const wave = m.wave([order]);
    const short = m.short(wave, order, 'MUG-1', 2, { resolution: 'retask', reason: 'damaged' });
    const { answer } = await floor.send([wave, short]);
    expect(answer?.results).toMatchObject([{ status: 'accepted' }, { status: 'accepted' }]);
    const row = await t.db.db
      .selectFrom('short_picks')
      .selectAll()
      .where('id', '=', short.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ quantity: 2, reason: 'damaged', resolution: 'retask' });
    expect(await level()).toEqual({ on_hand: 10, reserved: 3 });
    const line = await t.db.db
      .selectFrom('order_lines')
      .select('backordered_qty')
      .where('id', '=', order.line('MUG-1').orderLineId)
      .executeTakeFirstOrThrow();
    expect(line.backordered_qty).toBe(0);
    // The need is unchanged: all 3 can still be picked.
    const { answer: pick } = await floor.send([m.pick(wave, order, 'MUG-1', 3)]);
    expect(pick?.results).toMatchObject([{ status: 'accepted' }]);
  });

  it('backorders a short: releases that many reserved units, backorders them, lowers the need', async () => {
    const order = await releasedOrder(t, floor, 's-2', [{ sku: 'MUG-1', quantity: 4 }]);
    const wave = m.wave([order]);
    const pick = m.pick(wave, order, 'MUG-1', 1);
    const tooShort = m.short(wave, order, 'MUG-1', 4);
    const short = m.short(wave, order, 'MUG-1', 2);
    const { answer } = await floor.send([wave, pick, tooShort, short]);
    expect(answer?.results).toMatchObject([
      { status: 'accepted' },
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: `Order ${order.number} still needs only 3 units of MUG-1 (1 unit picked of 4 units); report at most 3 units short.`,
      },
      { status: 'accepted' },
    ]);

    const reservations = await t.db.db
      .selectFrom('reservations')
      .select(['quantity', 'status'])
      .where('order_id', '=', order.orderId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(reservations).toEqual([
      { quantity: 4, status: 'released' },
      { quantity: 2, status: 'active' },
    ]);
    expect(await level()).toEqual({ on_hand: 10, reserved: 2 });
    const line = await t.db.db
      .selectFrom('order_lines')
      .select('backordered_qty')
      .where('id', '=', order.line('MUG-1').orderLineId)
      .executeTakeFirstOrThrow();
    expect(line.backordered_qty).toBe(2);
    const event = await t.db.db
      .selectFrom('events')
      .select(['actor', 'reason', 'data'])
      .where('entity_id', '=', order.orderId)
      .where('kind', '=', 'pick.short_backordered')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      actor: 'Pat Picker',
      reason: 'Bin empty in A-01-01',
      data: { sku: 'MUG-1', quantity: 2, reservationReleased: 2, mutationId: short.id },
    });

    // No bin holds the product at all: it can only be backordered, and no bin is named.
    const nowhere = m.short(wave, order, 'MUG-1', 1, { binId: null });
    const retaskNowhere = m.short(wave, order, 'MUG-1', 1, { binId: null, resolution: 'retask' });
    const { answer: noBin } = await floor.send([retaskNowhere, nowhere]);
    expect(noBin?.results).toMatchObject([
      { status: 'rejected', code: 'INVALID' },
      { status: 'accepted' },
    ]);
    const nowhereRow = await t.db.db
      .selectFrom('short_picks')
      .select(['bin_id', 'resolution'])
      .where('id', '=', nowhere.id)
      .executeTakeFirstOrThrow();
    expect(nowhereRow).toEqual({ bin_id: null, resolution: 'backorder' });
    expect(await level()).toEqual({ on_hand: 10, reserved: 1 });

    // Need is now 1 and 1 is picked: nothing more fits.
    const over = m.pick(wave, order, 'MUG-1', 1);
    const { answer: after } = await floor.send([over]);
    expect(after?.results).toMatchObject([
      {
        status: 'rejected',
        message: `Order ${order.number} needs 1 unit of MUG-1 and 1 unit is already picked, so nothing more is needed; put the 1 unit back in bin A-01-01.`,
      },
    ]);
    const line2 = await t.db.db
      .selectFrom('order_lines')
      .select('backordered_qty')
      .where('id', '=', order.line('MUG-1').orderLineId)
      .executeTakeFirstOrThrow();
    expect(line2.backordered_qty).toBe(3);
    await assertLedgerConsistent(t.db.db);
  });
});
