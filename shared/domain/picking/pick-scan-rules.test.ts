import { describe, expect, it } from 'vitest';
import type { ScanMeaning } from '../../contract/schemas/floor';
import { decidePickScan, nextScanHint } from './pick-scan-rules';
import type { ScanStop, StopCursor } from './pick-scan-rules';

const P1 = '01900000-0000-7000-8000-000000000001';
const P2 = '01900000-0000-7000-8000-000000000002';
const BIN = '01900000-0000-7000-8000-0000000000b1';
const OTHER_BIN = '01900000-0000-7000-8000-0000000000b2';
const TODAY = '2026-11-26';

const stop = (over: Partial<ScanStop> = {}): ScanStop => ({
  binId: BIN,
  binCode: 'A-01-03',
  productId: P1,
  sku: 'MUG-RED',
  name: 'Red mug',
  requiresLot: false,
  requiresSerial: false,
  quantity: 3,
  tote: 'TOTE-07',
  ...over,
});
const atBin: StopCursor = { binId: BIN, lot: null, expiry: null, waitingUnits: null };
const fresh: StopCursor = { binId: null, lot: null, expiry: null, waitingUnits: null };

function product(over: Partial<Extract<ScanMeaning, { kind: 'product' }>> = {}): ScanMeaning {
  return {
    kind: 'product',
    product: {
      id: P1,
      sku: 'MUG-RED',
      name: 'Red mug',
      gtin: '05012345678900',
      requiresLot: false,
      requiresSerial: false,
    },
    barcode: '5012345678900',
    packQuantity: 1,
    lot: null,
    expiry: null,
    serial: null,
    count: null,
    ...over,
  };
}

describe('decidePickScan', () => {
  it('confirms the right bin and refuses another, naming both', () => {
    expect(
      decidePickScan(stop(), fresh, { kind: 'bin', binId: BIN, code: 'A-01-03' }, 'A-01-03', TODAY),
    ).toEqual({
      kind: 'confirm-bin',
    });
    expect(
      decidePickScan(
        stop(),
        fresh,
        { kind: 'bin', binId: OTHER_BIN, code: 'B-02-01' },
        'B-02-01',
        TODAY,
      ),
    ).toEqual({
      kind: 'refuse',
      title: 'Wrong bin',
      detail: 'This is B-02-01. Go to A-01-03 for MUG-RED.',
    });
  });

  it('wants the bin before the item', () => {
    const decision = decidePickScan(stop(), fresh, product(), '5012345678900', TODAY);
    expect(decision).toMatchObject({ kind: 'refuse', title: 'Scan the bin first' });
  });

  it('records the right item and refuses a wrong one with both names', () => {
    expect(decidePickScan(stop(), atBin, product(), 'x', TODAY)).toEqual({
      kind: 'record',
      units: 1,
      lot: null,
      expiry: null,
      serial: null,
    });
    const wrong = product({
      product: {
        id: P2,
        sku: 'MUG-BLU',
        name: 'Blue mug',
        gtin: null,
        requiresLot: false,
        requiresSerial: false,
      },
    });
    expect(decidePickScan(stop(), atBin, wrong, 'x', TODAY)).toEqual({
      kind: 'refuse',
      title: 'Wrong item',
      detail: 'You scanned MUG-BLU (Blue mug). Take MUG-RED (Red mug) from A-01-03.',
    });
  });

  it('counts a case barcode as its pack quantity and refuses more than the stop needs', () => {
    expect(
      decidePickScan(stop({ quantity: 12 }), atBin, product({ packQuantity: 12 }), 'x', TODAY),
    ).toMatchObject({
      kind: 'record',
      units: 12,
    });
    expect(decidePickScan(stop(), atBin, product({ packQuantity: 12 }), 'x', TODAY)).toMatchObject({
      kind: 'refuse',
      title: 'Too many',
    });
    // A GS1 count (AI 30/37) overrides the barcode's pack quantity.
    expect(
      decidePickScan(stop(), atBin, product({ packQuantity: 12, count: 2 }), 'x', TODAY),
    ).toMatchObject({
      kind: 'record',
      units: 2,
    });
  });

  it('takes lot and expiry from a GS1 label and refuses an expired unit', () => {
    const lotted = stop({ requiresLot: true });
    expect(
      decidePickScan(lotted, atBin, product({ lot: 'L42', expiry: '2027-03-31' }), 'x', TODAY),
    ).toEqual({ kind: 'record', units: 1, lot: 'L42', expiry: '2027-03-31', serial: null });
    expect(
      decidePickScan(lotted, atBin, product({ lot: 'L41', expiry: '2026-11-25' }), 'x', TODAY),
    ).toMatchObject({ kind: 'refuse', title: 'Expired' });
  });

  it('asks for the lot when the item barcode has none, then reads a plain lot label', () => {
    const lotted = stop({ requiresLot: true });
    expect(decidePickScan(lotted, atBin, product(), 'x', TODAY)).toEqual({
      kind: 'wait',
      expecting: 'lot',
      units: 1,
      lot: null,
      expiry: null,
    });
    const waiting: StopCursor = { ...atBin, waitingUnits: 1 };
    expect(nextScanHint(lotted, waiting)).toBe('Scan the lot number of MUG-RED.');
    expect(
      decidePickScan(lotted, waiting, { kind: 'unknown', reason: 'not known' }, 'LOT-7781', TODAY),
    ).toEqual({ kind: 'record', units: 1, lot: 'LOT-7781', expiry: null, serial: null });
    expect(
      decidePickScan(
        lotted,
        waiting,
        { kind: 'unknown', reason: 'not known' },
        'a lot with spaces',
        TODAY,
      ),
    ).toMatchObject({ kind: 'refuse', title: 'Scan the lot' });
  });

  it('reads serialised items one at a time, serial from the label or the next scan', () => {
    const serial = stop({ requiresSerial: true });
    expect(decidePickScan(serial, atBin, product({ serial: 'SN1' }), 'x', TODAY)).toMatchObject({
      kind: 'record',
      serial: 'SN1',
    });
    expect(decidePickScan(serial, atBin, product({ packQuantity: 2 }), 'x', TODAY)).toMatchObject({
      kind: 'refuse',
      title: 'One at a time',
    });
    expect(decidePickScan(serial, atBin, product(), 'x', TODAY)).toMatchObject({
      kind: 'wait',
      expecting: 'serial',
    });
    expect(
      decidePickScan(
        serial,
        { ...atBin, waitingUnits: 1 },
        { kind: 'unknown', reason: '?' },
        'SN-0099',
        TODAY,
      ),
    ).toMatchObject({ kind: 'record', serial: 'SN-0099' });
  });

  it('refuses the wrong tote, an unknown barcode, and any item where no bin holds stock', () => {
    expect(
      decidePickScan(stop(), atBin, { kind: 'tote', code: 'TOTE-09' }, 'TOTE-09', TODAY),
    ).toMatchObject({
      kind: 'refuse',
      title: 'Wrong tote',
    });
    expect(
      decidePickScan(
        stop(),
        atBin,
        { kind: 'unknown', reason: 'Nothing here has barcode 123.' },
        '123',
        TODAY,
      ),
    ).toEqual({
      kind: 'refuse',
      title: 'Unknown barcode',
      detail: 'Nothing here has barcode 123.',
    });
    expect(
      decidePickScan(stop({ binId: null, binCode: null }), fresh, product(), 'x', TODAY),
    ).toMatchObject({ kind: 'refuse', title: 'No bin to pick from' });
  });
});
