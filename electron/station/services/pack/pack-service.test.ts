import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import {
  openFloor,
  seedBarcode,
  seedBin,
  seedBinStock,
  seedFloorProduct,
  seedFulfilment,
} from '../floor/testing/floor-fixture';
import type { FloorFixture } from '../floor/testing/floor-fixture';

const BIN = '0190c000-0000-7000-8000-00000000000a';
const MUG = '0190d000-0000-7000-8000-000000000001';
const PEN = '0190d000-0000-7000-8000-000000000002';
const TEA = '0190d000-0000-7000-8000-000000000003';
const F1 = '0190f000-0000-7000-8000-000000000001';
const F2 = '0190f000-0000-7000-8000-000000000002';
const L1 = '0190f100-0000-7000-8000-000000000001';
const L2 = '0190f100-0000-7000-8000-000000000002';
const L3 = '0190f100-0000-7000-8000-000000000003';

let fx: FloorFixture;
const scan = (content: string): ScanEvent => ({
  content,
  aim: null,
  source: 'wedge',
  device: '',
  at: '2026-11-26T09:00:00.000Z',
});

/** Picks everything of a wave by scanning, as a picker would. */
async function pickAll(waveId: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const state = fx.floor.pick.state(waveId);
    const task = state.current;
    if (!task?.bin) return;
    await fx.floor.pick.scan(waveId, scan(task.bin.code));
    await fx.floor.pick.scan(waveId, scan(task.product.gtin ?? task.product.sku));
  }
}

beforeEach(async () => {
  fx = openFloor();
  seedBin(fx.sqlite, { id: BIN, code: 'A-01-01', pickSequence: 10 });
  seedFloorProduct(fx.sqlite, {
    id: MUG,
    sku: 'MUG-RED',
    name: 'Red mug',
    gtin: '5012345678900',
    weightGrams: 400,
  });
  seedBarcode(fx.sqlite, '15012345678907', MUG, 2);
  seedFloorProduct(fx.sqlite, {
    id: PEN,
    sku: 'PEN-BLK',
    name: 'Black pen',
    gtin: '4006381333931',
    weightGrams: 20,
  });
  seedFloorProduct(fx.sqlite, {
    id: TEA,
    sku: 'TEA-EB',
    name: 'Breakfast tea',
    gtin: '5000000000012',
  });
  seedBinStock(fx.sqlite, BIN, MUG, 20);
  seedBinStock(fx.sqlite, BIN, PEN, 20);
  seedFulfilment(fx.sqlite, {
    id: F1,
    number: 'WEB-1-LON1-1',
    orderNumber: 'WEB-1',
    lines: [
      { id: L1, productId: MUG, quantity: 3 },
      { id: L2, productId: PEN, quantity: 1 },
    ],
  });
  seedFulfilment(fx.sqlite, {
    id: F2,
    number: 'WEB-2-LON1-1',
    orderNumber: 'WEB-2',
    lines: [{ id: L3, productId: PEN, quantity: 2 }],
  });
  const { waveId } = await fx.floor.pick.start({
    kind: 'batch',
    fulfilmentIds: [F1, F2],
    totes: ['CART-1'],
  });
  await pickAll(waveId);
});

afterEach(async () => {
  await fx.close();
});

describe('opening an order at the bench', () => {
  it('lists the orders of a batch cart and opens one by its number', async () => {
    const cart = await fx.floor.pack.open(scan('CART-1'));
    expect(cart.state).toBeNull();
    expect(cart.choices.map((c) => c.number)).toEqual(['WEB-1-LON1-1', 'WEB-2-LON1-1']);
    const opened = await fx.floor.pack.open(scan('web-1'));
    expect(opened.feedback).toMatchObject({ verdict: 'right', title: 'Order WEB-1-LON1-1' });
    expect(
      opened.state?.lines.map((l) => [l.product.sku, l.ordered, l.picked, l.inParcel]),
    ).toEqual([
      ['MUG-RED', 3, 3, 0],
      ['PEN-BLK', 1, 1, 0],
    ]);
    expect(opened.state?.fulfilment.shipTo).toEqual({
      name: 'Zoë Łukasz',
      lines: ['1 Quay St', 'BS1 4DJ Bristol', 'GB'],
    });
  });

  it('refuses a scan that is not a tote or order', async () => {
    const answer = await fx.floor.pack.open(scan('nonsense-code'));
    expect(answer.feedback.verdict).toBe('wrong');
  });
});

describe('verifying by scan', () => {
  it('counts each unit, a case as its units, and calls out wrong and extra items', async () => {
    let a = await fx.floor.pack.scan(F1, scan('15012345678907'));
    expect(a.feedback.verdict).toBe('right');
    expect(a.state.lines[0]?.inParcel).toBe(2);
    a = await fx.floor.pack.scan(F1, scan('5000000000012'));
    expect(a.feedback).toMatchObject({ verdict: 'wrong', title: 'Wrong item' });
    a = await fx.floor.pack.scan(F1, scan('15012345678907'));
    expect(a.feedback).toMatchObject({ verdict: 'wrong', title: 'Too many' });
    a = await fx.floor.pack.scan(F1, scan('5012345678900'));
    a = await fx.floor.pack.scan(F1, scan('4006381333931'));
    expect(a.feedback).toMatchObject({ verdict: 'done', title: 'All items verified' });
    a = await fx.floor.pack.scan(F1, scan('4006381333931'));
    expect(a.feedback).toMatchObject({ verdict: 'wrong', title: 'Too many' });
    expect(a.state.openParcel.units).toBe(4);
    expect(a.state.openParcel.suggestedBox).not.toBeNull();
    expect(a.state.openParcel.estimatedWeightGrams).toBeGreaterThan(3 * 400 + 20);
  });

  it('takes the last scan back out, a whole case at once', async () => {
    await fx.floor.pack.scan(F1, scan('5012345678900'));
    await fx.floor.pack.scan(F1, scan('15012345678907'));
    const a = await fx.floor.pack.removeLast(F1);
    expect(a.state.lines[0]?.inParcel).toBe(1);
    await fx.floor.pack.removeLast(F1);
    await expect(fx.floor.pack.removeLast(F1)).rejects.toThrow('The open parcel is empty');
  });
});

describe('closing parcels', () => {
  it('closes two parcels, the last makes the order packed, and the bench starts empty', async () => {
    await fx.floor.pack.scan(F1, scan('15012345678907'));
    let a = await fx.floor.pack.closeParcel({
      fulfilmentId: F1,
      boxCode: 'C1',
      weightGrams: 900,
      last: false,
    });
    expect(a.feedback).toMatchObject({ verdict: 'right', title: 'WEB-1-LON1-1-P1 closed' });
    expect(a.state.parcels.map((p) => [p.number, p.units, p.pending])).toEqual([
      ['WEB-1-LON1-1-P1', 2, true],
    ]);
    expect(a.state.openParcel.number).toBe('WEB-1-LON1-1-P2');
    await fx.floor.pack.scan(F1, scan('5012345678900'));
    await expect(
      fx.floor.pack.closeParcel({ fulfilmentId: F1, boxCode: 'C1', weightGrams: 450, last: true }),
    ).rejects.toThrow('The order is not complete');
    await fx.floor.pack.scan(F1, scan('4006381333931'));
    a = await fx.floor.pack.closeParcel({
      fulfilmentId: F1,
      boxCode: 'MB-S',
      weightGrams: 450,
      last: true,
    });
    expect(a.feedback).toMatchObject({ verdict: 'done', title: 'Order WEB-1-LON1-1 packed' });
    expect(a.state.complete).toBe(true);
    expect(a.state.fulfilment.status).toBe('packed');
    const bench = fx.sqlite.prepare(`SELECT COUNT(*) AS n FROM pack_bench_items`).get();
    expect(bench).toEqual({ n: 0 });
    const kinds = fx.sqlite.prepare(`SELECT kind FROM outbox WHERE kind = 'parcel.close'`).all();
    expect(kinds).toHaveLength(2);
  });

  it('refuses an empty parcel and an unknown box', async () => {
    await expect(
      fx.floor.pack.closeParcel({ fulfilmentId: F1, boxCode: 'C1', weightGrams: 10, last: false }),
    ).rejects.toThrow('The parcel is empty');
    await fx.floor.pack.scan(F1, scan('5012345678900'));
    await expect(
      fx.floor.pack.closeParcel({
        fulfilmentId: F1,
        boxCode: 'CRATE-9',
        weightGrams: 10,
        last: false,
      }),
    ).rejects.toThrow('There is no box "CRATE-9"');
  });

  it('keeps what is on the bench in the station database', async () => {
    await fx.floor.pack.scan(F2, scan('4006381333931'));
    const state = fx.floor.pack.state(F2);
    expect(state.lines[0]?.inParcel).toBe(1);
  });

  it('prints a packing slip as a PDF', async () => {
    await fx.floor.pack.scan(F2, scan('4006381333931'));
    await fx.floor.pack.scan(F2, scan('4006381333931'));
    await fx.floor.pack.closeParcel({
      fulfilmentId: F2,
      boxCode: 'MB-S',
      weightGrams: 60,
      last: true,
    });
    const slip = await fx.floor.pack.slip(F2);
    expect(slip.fileName).toBe('packing-slip-WEB-2-LON1-1.pdf');
    expect(Buffer.from(slip.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
