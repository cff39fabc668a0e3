import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import { applyOutcomes } from '../../outbox/outbox-store';
import { createFloorServices } from '../floor/floor-services';
import {
  STATION_ID,
  WAREHOUSE_ID,
  openFloor,
  seedBin,
  seedBinStock,
  seedBarcode,
  seedFloorProduct,
  seedFulfilment,
} from '../floor/testing/floor-fixture';
import type { FloorFixture } from '../floor/testing/floor-fixture';
import { createMutationRunner } from '../../mutations/run-mutation';
import { session } from '../../outbox/testing/replica-fixture';

const BIN_A = '0190c000-0000-7000-8000-00000000000a';
const BIN_B = '0190c000-0000-7000-8000-00000000000b';
const BIN_C = '0190c000-0000-7000-8000-00000000000c';
const MUG = '0190d000-0000-7000-8000-000000000001';
const TEA = '0190d000-0000-7000-8000-000000000002';
const F1 = '0190f000-0000-7000-8000-000000000001';
const F2 = '0190f000-0000-7000-8000-000000000002';
const L1 = '0190f100-0000-7000-8000-000000000001';
const L2 = '0190f100-0000-7000-8000-000000000002';
const L3 = '0190f100-0000-7000-8000-000000000003';

let fx: FloorFixture;
const scan = (content: string, aim: string | null = null): ScanEvent => ({
  content,
  aim,
  source: 'wedge',
  device: '',
  at: '2026-11-26T09:00:00.000Z',
});

beforeEach(() => {
  fx = openFloor();
  seedBin(fx.sqlite, { id: BIN_A, code: 'A-01-01', pickSequence: 10 });
  seedBin(fx.sqlite, { id: BIN_B, code: 'B-02-02', pickSequence: 20 });
  seedBin(fx.sqlite, { id: BIN_C, code: 'C-03-03', pickSequence: 30 });
  seedFloorProduct(fx.sqlite, { id: MUG, sku: 'MUG-RED', name: 'Red mug', gtin: '5012345678900' });
  seedBarcode(fx.sqlite, '15012345678907', MUG, 6);
  seedFloorProduct(fx.sqlite, {
    id: TEA,
    sku: 'TEA-EB',
    name: 'Breakfast tea',
    gtin: '5000000000012',
    requiresLot: true,
  });
  seedBinStock(fx.sqlite, BIN_A, MUG, 2);
  seedBinStock(fx.sqlite, BIN_C, MUG, 10);
  seedBinStock(fx.sqlite, BIN_B, TEA, 5);
  seedFulfilment(fx.sqlite, {
    id: F1,
    number: 'WEB-1-LON1-1',
    orderNumber: 'WEB-1',
    lines: [
      { id: L1, productId: MUG, quantity: 3 },
      { id: L2, productId: TEA, quantity: 1 },
    ],
  });
  seedFulfilment(fx.sqlite, {
    id: F2,
    number: 'WEB-2-LON1-1',
    orderNumber: 'WEB-2',
    lines: [{ id: L3, productId: MUG, quantity: 1 }],
    releasedAt: '2026-11-26T08:30:00.000Z',
  });
});

afterEach(async () => {
  await fx.close();
});

async function startCluster() {
  const { waveId } = await fx.floor.pick.start({
    kind: 'cluster',
    fulfilmentIds: [F1, F2],
    totes: ['TOTE-01', 'TOTE-02'],
  });
  return waveId;
}

describe('pick lists', () => {
  it('offers released orders oldest first and takes them off the list once in a pick list', async () => {
    expect(
      fx.floor.pick.candidates().map((c) => [c.number, c.lines, c.units, c.shipToName]),
    ).toEqual([
      ['WEB-1-LON1-1', 2, 4, 'Zoë Łukasz'],
      ['WEB-2-LON1-1', 1, 1, 'Zoë Łukasz'],
    ]);
    const waveId = await startCluster();
    expect(fx.floor.pick.candidates()).toEqual([]);
    const [wave] = fx.floor.pick.waves();
    expect(wave).toMatchObject({
      id: waveId,
      number: 'W-00AA-1',
      kind: 'cluster',
      orders: 2,
      unitsNeeded: 5,
      unitsPicked: 0,
    });
  });

  it('refuses a cluster list without a tote per order', async () => {
    await expect(
      fx.floor.pick.start({ kind: 'cluster', fulfilmentIds: [F1, F2], totes: ['TOTE-01'] }),
    ).rejects.toThrow('Cluster picking puts every order in its own tote');
  });

  it('walks the bins in pick sequence and splits a line over bins', async () => {
    const state = fx.floor.pick.state(await startCluster());
    const stops = [state.current, ...state.upcoming].map(
      (t) => `${t?.bin?.code} ${t?.quantity}×${t?.product.sku} ${t?.tote}`,
    );
    expect(stops).toEqual([
      'A-01-01 2×MUG-RED TOTE-01',
      'B-02-02 1×TEA-EB TOTE-01',
      'C-03-03 1×MUG-RED TOTE-01',
      'C-03-03 1×MUG-RED TOTE-02',
    ]);
    expect(state.expecting).toBe('bin');
  });
});

describe('scanning while picking', () => {
  it('takes the bin, then the item, refusing wrong bins and wrong items with reasons', async () => {
    const waveId = await startCluster();
    let answer = await fx.floor.pick.scan(waveId, scan('5012345678900'));
    expect(answer.feedback).toMatchObject({ verdict: 'wrong', title: 'Scan the bin first' });
    answer = await fx.floor.pick.scan(waveId, scan('C-03-03'));
    expect(answer.feedback).toEqual({
      verdict: 'wrong',
      title: 'Wrong bin',
      detail: 'This is C-03-03. Go to A-01-01 for MUG-RED.',
    });
    answer = await fx.floor.pick.scan(waveId, scan('a-01-01'));
    expect(answer.feedback).toMatchObject({ verdict: 'right', title: 'Bin A-01-01' });
    expect(answer.state.expecting).toBe('item');
    answer = await fx.floor.pick.scan(waveId, scan('5000000000012'));
    expect(answer.feedback).toMatchObject({ verdict: 'wrong', title: 'Wrong item' });
    answer = await fx.floor.pick.scan(waveId, scan('5012345678900'));
    expect(answer.feedback).toMatchObject({ verdict: 'right', title: 'Picked 1 × MUG-RED' });
    expect(answer.state.current?.quantity).toBe(1);
    expect(answer.tookMs).toBeGreaterThan(0);
    // A GS1 DataMatrix carrying the same GTIN as GTIN-14 resolves to the same product.
    answer = await fx.floor.pick.scan(waveId, scan('0105012345678900', ']d2'));
    expect(answer.feedback).toMatchObject({ verdict: 'right', title: 'Picked 1 × MUG-RED' });
    expect(answer.state.current?.bin?.code).toBe('B-02-02');
    expect(answer.state.progress).toEqual({ unitsNeeded: 5, unitsPicked: 2, unitsShort: 0 });
  });

  it('counts a case barcode as its pack quantity and refuses one bigger than the stop', async () => {
    const waveId = await startCluster();
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    const answer = await fx.floor.pick.scan(waveId, scan('15012345678907'));
    expect(answer.feedback).toMatchObject({ verdict: 'wrong', title: 'Too many' });
    expect(answer.state.progress.unitsPicked).toBe(0);
  });

  it('asks for the lot of a lot-controlled product, or reads it from a GS1 label', async () => {
    const waveId = await startCluster();
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    await fx.floor.pick.scan(waveId, scan('B-02-02'));
    let answer = await fx.floor.pick.scan(waveId, scan('5000000000012'));
    expect(answer.feedback).toMatchObject({ verdict: 'info', title: 'Scan the lot' });
    expect(answer.state.expecting).toBe('lot');
    answer = await fx.floor.pick.scan(waveId, scan('L2026-11'));
    expect(answer.feedback).toMatchObject({ verdict: 'right', title: 'Picked 1 × TEA-EB' });
    const lot = fx.sqlite.prepare(`SELECT lot FROM floor_picks WHERE product_id = ?`).get(TEA);
    expect(lot).toEqual({ lot: 'L2026-11' });
  });

  it('finishes with a done verdict and an unchanged outbox order', async () => {
    const waveId = await startCluster();
    const steps = [
      'A-01-01',
      '5012345678900',
      '5012345678900',
      'B-02-02',
      `0105000000000012\u001d10LOT9\u001d17271231`,
      'C-03-03',
      '5012345678900',
      '5012345678900',
    ];
    let last;
    for (const step of steps)
      last = await fx.floor.pick.scan(waveId, scan(step, step.includes('\u001d') ? ']d2' : null));
    expect(last?.feedback).toMatchObject({ verdict: 'done', title: 'Pick list complete' });
    expect(last?.state.done).toBe(true);
    expect(fx.floor.pick.waves()).toEqual([]);
    const kinds = fx.sqlite
      .prepare<[], { kind: string }>(`SELECT kind FROM outbox ORDER BY seq`)
      .all();
    expect(kinds.map((k) => k.kind)).toEqual([
      'wave.start',
      ...Array<string>(5).fill('pick.record'),
    ]);
    // The bins show the units gone at once, before any head office has answered.
    const onHand = fx.sqlite
      .prepare(`SELECT SUM(delta) AS d FROM stock_overlay WHERE bin_id = ?`)
      .get(BIN_C);
    expect(onHand).toEqual({ d: -2 });
  });
});

describe('batch picking', () => {
  it('takes one product from one bin for several orders in one stop, split earliest first', async () => {
    const { waveId } = await fx.floor.pick.start({
      kind: 'batch',
      fulfilmentIds: [F1, F2],
      totes: ['CART-1'],
    });
    const state = fx.floor.pick.state(waveId);
    const stops = [state.current, ...state.upcoming].map(
      (t) =>
        `${t?.bin?.code} ${t?.quantity}×${t?.product.sku} ${t?.lines.map((l) => `${l.orderNumber}:${l.quantity}`).join('+')}`,
    );
    expect(stops).toEqual([
      'A-01-01 2×MUG-RED WEB-1:2',
      'B-02-02 1×TEA-EB WEB-1:1',
      'C-03-03 2×MUG-RED WEB-1:1+WEB-2:1',
    ]);
    for (const code of ['A-01-01', '5012345678900', '5012345678900', 'B-02-02']) {
      await fx.floor.pick.scan(waveId, scan(code));
    }
    await fx.floor.pick.short(waveId, 'damaged');
    await fx.floor.pick.scan(waveId, scan('C-03-03'));
    let answer = await fx.floor.pick.scan(waveId, scan('15012345678907'));
    expect(answer.feedback).toMatchObject({ verdict: 'wrong', title: 'Too many' });
    answer = await fx.floor.pick.scan(waveId, scan('5012345678900'));
    answer = await fx.floor.pick.scan(waveId, scan('5012345678900'));
    expect(answer.feedback.verdict).toBe('done');
    expect(answer.state.orders.map((o) => [o.orderNumber, o.unitsPicked, o.unitsShort])).toEqual([
      ['WEB-1', 3, 1],
      ['WEB-2', 1, 0],
    ]);
  });
});

describe('short picks, undo and refusals', () => {
  it('re-tasks a short to another bin that holds the product, and backorders when none does', async () => {
    const waveId = await startCluster();
    let answer = await fx.floor.pick.short(waveId, 'bin-empty');
    expect(answer.feedback.title).toBe('Short 2 × MUG-RED');
    expect(answer.feedback.detail).toContain('Another bin holds MUG-RED');
    // A-01-01 is now out of the walk for that line: C-03-03 gives all 3.
    expect(answer.state.current?.bin?.code).toBe('B-02-02');
    const mugStops = answer.state.upcoming.filter((t) => t.product.sku === 'MUG-RED');
    expect(mugStops.map((t) => `${t.bin?.code} ${t.quantity} ${t.tote}`)).toEqual([
      'C-03-03 3 TOTE-01',
      'C-03-03 1 TOTE-02',
    ]);
    // Skip the tea: no other bin holds it, so it is backordered.
    answer = await fx.floor.pick.short(waveId, 'damaged');
    expect(answer.feedback.detail).toContain('1 × TEA-EB backordered for WEB-1');
    expect(answer.state.progress.unitsShort).toBe(1);
    const shorts = fx.sqlite
      .prepare(`SELECT resolution FROM floor_shorts ORDER BY recorded_at, id`)
      .all();
    expect(shorts).toEqual([{ resolution: 'retask' }, { resolution: 'backorder' }]);
  });

  it('undoes the last pick and puts the units back in the bin', async () => {
    const waveId = await startCluster();
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    const answer = await fx.floor.pick.undo(waveId);
    expect(answer.feedback).toMatchObject({ verdict: 'info', title: 'Pick undone' });
    expect(answer.state.progress.unitsPicked).toBe(0);
    expect(answer.state.current?.quantity).toBe(2);
    const net = fx.sqlite
      .prepare(`SELECT SUM(delta) AS d FROM stock_overlay WHERE bin_id = ?`)
      .get(BIN_A);
    expect(net).toEqual({ d: 0 });
    await expect(fx.floor.pick.undo(waveId)).rejects.toThrow(WharfError);
  });

  it('shows the head office refusal of a pick (another station picked it first) and drops its effect', async () => {
    const waveId = await startCluster();
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    const pick = fx.sqlite
      .prepare<[], { id: string }>(`SELECT id FROM outbox WHERE kind = 'pick.record'`)
      .get();
    if (!pick) throw new Error('no pick recorded');
    applyOutcomes(
      fx.sqlite,
      [
        {
          id: pick.id,
          status: 'rejected',
          code: 'CONFLICT',
          message: 'WEB-1-LON1-1 needs 0 more of MUG-RED; put 1 back in A-01-01.',
          appliedAt: fx.clock.now(),
        },
      ],
      fx.clock.now(),
    );
    const state = fx.floor.pick.state(waveId);
    expect(state.refused.map((r) => r.message)).toEqual([
      'MUG-RED from A-01-01 for WEB-1-LON1-1: Picked 1 into TOTE-01 — WEB-1-LON1-1 needs 0 more of MUG-RED; put 1 back in A-01-01.',
    ]);
    expect(state.progress.unitsPicked).toBe(0);
  });

  it('comes back where it was after a restart: same stop, bin still confirmed', async () => {
    const waveId = await startCluster();
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    const runner = createMutationRunner({
      db: fx.db,
      localWrite: fx.localWrite,
      clock: fx.clock,
      newId: () => '0190b000-0000-7000-8000-0000000000ff',
      getSession: () => session(),
      getWarehouseId: () => WAREHOUSE_ID,
      stationId: STATION_ID,
      onRecorded: () => undefined,
    });
    const again = createFloorServices({
      sqlite: fx.sqlite,
      runner,
      clock: fx.clock,
      newId: () => 'x',
      stationId: STATION_ID,
      getWarehouseId: () => WAREHOUSE_ID,
    });
    const state = again.pick.state(waveId);
    expect(state.current?.bin?.code).toBe('A-01-01');
    expect(state.current?.quantity).toBe(1);
    expect(state.expecting).toBe('item');
  });

  it('refuses to pick for a packer (role) before anything is recorded', async () => {
    const waveId = await startCluster();
    fx.signIn({ role: 'packer', name: 'Pat Packer' });
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    const answer = await fx.floor.pick.scan(waveId, scan('5012345678900'));
    expect(answer.feedback.verdict).toBe('wrong');
    expect(answer.feedback.detail).toContain('Pat Packer is signed in as Packer');
  });
});
