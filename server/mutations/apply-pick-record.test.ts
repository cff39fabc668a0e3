import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMutationBatch } from './apply-mutation-batch';
import { floorMutations, releasedOrder } from '../testing/floor-work';
import type { FloorMutations } from '../testing/floor-work';
import { addProduct, addStation, addStock } from '../testing/fixtures';
import { assertLedgerConsistent } from '../testing/ledger-check';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';
import { OVER_PICK, WRONG_ITEM } from './floor-rejections';

describe('pick.record at the head office', () => {
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
  const binOnHand = async (productId = mug()) =>
    (
      await t.db.db
        .selectFrom('bin_stock')
        .select('on_hand')
        .where('bin_id', '=', floor.shop.east.binId)
        .where('product_id', '=', productId)
        .executeTakeFirst()
    )?.on_hand ?? 0;
  const level = (productId = mug()) =>
    t.db.db
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('warehouse_id', '=', floor.shop.east.id)
      .where('product_id', '=', productId)
      .executeTakeFirstOrThrow();
  const pickLedger = (mutationId: string) =>
    t.db.db
      .selectFrom('stock_movements')
      .select(['bin_id', 'quantity', 'reason', 'reference', 'actor', 'station'])
      .where('mutation_id', '=', mutationId)
      .orderBy('quantity')
      .execute();

  it('takes the units out of the bin into picked-not-shipped, records the pick and starts picking', async () => {
    const order = await releasedOrder(t, floor, 'p-1', [{ sku: 'MUG-1', quantity: 3 }]);
    const wave = m.wave([order]);
    await floor.send([wave]);
    // Started picking by another path: the pick itself must move a released fulfilment on.
    await t.db.db
      .updateTable('fulfilments')
      .set({ status: 'released' })
      .where('id', '=', order.fulfilmentId)
      .execute();
    const pick = m.pick(wave, order, 'MUG-1', 2, { lot: 'L-7', expiry: '2027-05-31' });
    const { answer } = await floor.send([pick]);
    expect(answer?.results).toMatchObject([{ status: 'accepted' }]);

    expect(await pickLedger(pick.id)).toEqual([
      {
        bin_id: floor.shop.east.binId,
        quantity: -2,
        reason: 'pick',
        reference: order.fulfilmentNumber,
        actor: 'Pat Picker',
        station: 'East packing 1',
      },
      {
        bin_id: null,
        quantity: 2,
        reason: 'pick',
        reference: order.fulfilmentNumber,
        actor: 'Pat Picker',
        station: 'East packing 1',
      },
    ]);
    expect(await binOnHand()).toBe(8);
    // On-hand and reservations do not move until the parcel ships.
    expect(await level()).toEqual({ on_hand: 10, reserved: 3 });
    const row = await t.db.db
      .selectFrom('picks')
      .selectAll()
      .where('id', '=', pick.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      warehouse_id: floor.shop.east.id,
      wave_id: wave.id,
      fulfilment_line_id: order.line('MUG-1').id,
      quantity: 2,
      lot: 'L-7',
      tote: 'TOTE-1',
      station_id: floor.station.stationId,
      person_id: floor.people.picker,
      reversed_at: null,
    });
    const fulfilment = await t.db.db
      .selectFrom('fulfilments')
      .select('status')
      .where('id', '=', order.fulfilmentId)
      .executeTakeFirstOrThrow();
    expect(fulfilment.status).toBe('picking');
  });

  it('refuses a pick past the need, saying what is picked and where to put the units back', async () => {
    const order = await releasedOrder(t, floor, 'p-2', [{ sku: 'MUG-1', quantity: 3 }]);
    const wave = m.wave([order]);
    const first = m.pick(wave, order, 'MUG-1', 2);
    const tooMany = m.pick(wave, order, 'MUG-1', 2);
    const rest = m.pick(wave, order, 'MUG-1', 1);
    const { answer } = await floor.send([wave, first, tooMany, rest]);
    expect(answer?.results).toMatchObject([
      { status: 'accepted' },
      { status: 'accepted' },
      {
        status: 'rejected',
        code: OVER_PICK,
        message: `Order ${order.number} needs 3 units of MUG-1 and 2 units are already picked, so only 1 unit more can be picked; put the 2 units back in bin A-01-01.`,
      },
      { status: 'accepted' },
    ]);
    expect(await pickLedger(tooMany.id)).toEqual([]);
    expect(await binOnHand()).toBe(7);
  });

  it('refuses the wrong product, a foreign bin, a missing lot or serial and an empty bin', async () => {
    const lotted = await addProduct(t.db.db, 'JAM-1');
    await t.db.db
      .updateTable('products')
      .set({ requires_lot: true })
      .where('id', '=', lotted)
      .execute();
    const serialled = await addProduct(t.db.db, 'CAM-1');
    await t.db.db
      .updateTable('products')
      .set({ requires_serial: true })
      .where('id', '=', serialled)
      .execute();
    await addStock(t.db.db, floor.shop.east, lotted, 5);
    await addStock(t.db.db, floor.shop.east, serialled, 2);
    const order = await releasedOrder(t, floor, 'p-3', [
      { sku: 'MUG-1', quantity: 1 },
      { sku: 'JAM-1', quantity: 2 },
      { sku: 'CAM-1', quantity: 2 },
    ]);
    const wave = m.wave([order]);
    const wrong = m.pick(wave, order, 'MUG-1', 1, { productId: lotted });
    const westBin = m.pick(wave, order, 'MUG-1', 1, { binId: floor.shop.west.binId });
    const noLot = m.pick(wave, order, 'JAM-1', 1);
    const noSerial = m.pick(wave, order, 'CAM-1', 1);
    const serial = m.pick(wave, order, 'CAM-1', 1, { serial: 'SN-001' });
    const sameSerial = m.pick(wave, order, 'CAM-1', 1, { serial: 'SN-001' });
    const { answer } = await floor.send([
      wave,
      wrong,
      westBin,
      noLot,
      noSerial,
      serial,
      sameSerial,
    ]);
    expect(answer?.results).toMatchObject([
      { status: 'accepted' },
      {
        status: 'rejected',
        code: WRONG_ITEM,
        message: `That is JAM-1, but this line of order ${order.number} is MUG-1; put it back and take MUG-1.`,
      },
      {
        status: 'rejected',
        code: 'NOT_FOUND',
        message: expect.stringContaining('no such bin') as unknown,
      },
      {
        status: 'rejected',
        code: 'INVALID',
        message: expect.stringContaining('lot-tracked') as unknown,
      },
      {
        status: 'rejected',
        code: 'INVALID',
        message: expect.stringContaining('serial-tracked') as unknown,
      },
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'CONFLICT',
        message: expect.stringContaining('SN-001') as unknown,
      },
    ]);

    // The units are on the shelf in A-01-01; a bin that holds none of them cannot give any.
    const emptyBin = '01900000-0000-7000-8000-0000000000b2';
    await t.db.db
      .insertInto('bins')
      .values({ id: emptyBin, warehouse_id: floor.shop.east.id, code: 'B-02-01', pick_sequence: 2 })
      .execute();
    const empty = m.pick(wave, order, 'MUG-1', 1, { binId: emptyBin });
    const { answer: emptyAnswer } = await floor.send([empty]);
    expect(emptyAnswer?.results[0]).toMatchObject({
      status: 'rejected',
      code: 'INSUFFICIENT_STOCK',
      message: expect.stringContaining('0 units of MUG-1 in bin B-02-01') as unknown,
    });
    expect(await binOnHand()).toBe(10);
  });

  it('refuses a pick on a list the head office never accepted, or for an order not on it', async () => {
    const order = await releasedOrder(t, floor, 'p-5', [{ sku: 'MUG-1', quantity: 1 }]);
    const other = await releasedOrder(t, floor, 'p-6', [{ sku: 'MUG-1', quantity: 1 }]);
    const never = m.wave([order]);
    const wave = m.wave([other]);
    const onNever = m.pick(never, order, 'MUG-1', 1);
    const notOnList = m.pick(wave, order, 'MUG-1', 1);
    const { answer } = await floor.send([wave, onNever, notOnList]);
    expect(answer?.results).toMatchObject([
      { status: 'accepted' },
      { status: 'rejected', code: 'NOT_FOUND' },
      {
        status: 'rejected',
        code: 'INVALID',
        message: expect.stringContaining('not on pick list') as unknown,
      },
    ]);
  });

  it('lets exactly one of two stations racing for the last units have them', async () => {
    const order = await releasedOrder(t, floor, 'p-race', [{ sku: 'MUG-1', quantity: 4 }]);
    const other = await addStation(t.db.db, { warehouseId: floor.shop.east.id, name: 'East 2' });
    const otherStation = {
      stationId: other.stationId,
      warehouseId: floor.shop.east.id,
      warehouseCode: 'EAST',
      name: 'East 2',
    };
    const thisStation = {
      ...otherStation,
      stationId: floor.station.stationId,
      name: 'East packing 1',
    };
    const waveA = m.wave([order]);
    const waveB = m.wave([order]);
    await floor.send([waveA, waveB]);
    const first = m.pick(waveA, order, 'MUG-1', 2);
    await floor.send([first]);

    // Both stations were offline and each picked the 2 units still owed.
    const a = m.pick(waveA, order, 'MUG-1', 2);
    const b = m.pick(waveB, order, 'MUG-1', 2);
    // Hold the line so both uploads are in flight at once and must queue behind it.
    const holder = await t.db.pool.connect();
    let answers: Awaited<ReturnType<typeof applyMutationBatch>>[];
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM fulfilment_lines WHERE id = $1 FOR UPDATE', [
        order.line('MUG-1').id,
      ]);
      const uploads = Promise.all([
        applyMutationBatch(t.db.db, thisStation, { mutations: [a] }),
        applyMutationBatch(t.db.db, otherStation, { mutations: [b] }),
      ]);
      for (let i = 0; ; i++) {
        const { rows } = await sql<{ waiting: number }>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.db.db);
        if ((rows[0]?.waiting ?? 0) >= 2) break;
        if (i > 200) throw new Error('the two uploads never both waited');
        await new Promise((r) => setTimeout(r, 20));
      }
      await holder.query('COMMIT');
      answers = await uploads;
    } finally {
      holder.release();
    }
    const [answerA, answerB] = answers;
    const outcomes = [answerA?.[0], answerB?.[0]];
    expect(outcomes.filter((o) => o?.status === 'accepted')).toHaveLength(1);
    const refused = outcomes.find((o) => o?.status === 'rejected');
    expect(refused).toMatchObject({
      code: OVER_PICK,
      message: expect.stringContaining('4 units are already picked') as unknown,
    });

    const picked = await t.db.db
      .selectFrom('picks')
      .select((eb) => eb.fn.sum<string>('quantity').as('units'))
      .where('fulfilment_id', '=', order.fulfilmentId)
      .where('reversed_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(picked.units)).toBe(4);
    expect(await binOnHand()).toBe(6);
    const unbinned = await t.db.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.sum<string>('quantity').as('units'))
      .where('bin_id', 'is', null)
      .where('reason', '=', 'pick')
      .executeTakeFirstOrThrow();
    expect(Number(unbinned.units)).toBe(4);
    expect(await level()).toEqual({ on_hand: 10, reserved: 4 });
    expect(await pickLedger(refused?.id ?? '')).toEqual([]);
    await assertLedgerConsistent(t.db.db);
  });
});
