import { describe, expect, it } from 'vitest';
import { packCallouts } from './pack-callouts';
import { verifyPackScan, type PackVerifyLine } from './verify-pack';

const line = (over: Partial<PackVerifyLine> & Pick<PackVerifyLine, 'fulfilmentLineId'>) =>
  ({
    productId: 'p-mug',
    sku: 'MUG-1',
    name: 'Blue mug',
    ordered: 3,
    picked: 3,
    short: 0,
    packed: 0,
    inParcel: 0,
    ...over,
  }) satisfies PackVerifyLine;

describe('verifyPackScan', () => {
  it('accepts a picked unit for its line and says how far the line is', () => {
    const lines = [line({ fulfilmentLineId: 'l1', inParcel: 1 })];
    expect(verifyPackScan(lines, 'p-mug', 1)).toEqual({
      outcome: 'accepted',
      fulfilmentLineId: 'l1',
      allocations: [{ fulfilmentLineId: 'l1', units: 1 }],
      title: 'MUG-1 2 of 3',
      detail: '1 unit of MUG-1 verified; 1 more picked to scan.',
    });
  });

  it('refuses a product that is not in the order as wrong', () => {
    const verdict = verifyPackScan([line({ fulfilmentLineId: 'l1' })], 'p-teapot', 1);
    expect(verdict).toMatchObject({ outcome: 'refused', reason: 'wrong', title: 'Wrong item' });
  });

  it('refuses a unit beyond what was picked, counting closed parcels and the open one', () => {
    const lines = [line({ fulfilmentLineId: 'l1', picked: 3, packed: 2, inParcel: 1 })];
    expect(verifyPackScan(lines, 'p-mug', 1)).toEqual({
      outcome: 'refused',
      reason: 'extra',
      title: 'Too many',
      detail:
        'All 3 picked MUG-1 are already verified: keep this one out of the parcel and return it to stock.',
    });
  });

  it('refuses a product of the order none of which was picked', () => {
    const lines = [line({ fulfilmentLineId: 'l1', picked: 0, short: 3 })];
    expect(verifyPackScan(lines, 'p-mug', 1)).toMatchObject({
      outcome: 'refused',
      reason: 'extra',
      detail:
        'No MUG-1 has been picked for this order: keep it out of the parcel and return it to stock.',
    });
  });

  it('counts a case barcode as all its units, spread over the lines for that product', () => {
    const lines = [
      line({ fulfilmentLineId: 'l1', ordered: 6, picked: 6, inParcel: 2 }),
      line({ fulfilmentLineId: 'l2', ordered: 12, picked: 12 }),
    ];
    const verdict = verifyPackScan(lines, 'p-mug', 12);
    expect(verdict).toMatchObject({
      outcome: 'accepted',
      fulfilmentLineId: 'l1',
      allocations: [
        { fulfilmentLineId: 'l1', units: 4 },
        { fulfilmentLineId: 'l2', units: 8 },
      ],
      title: 'MUG-1 14 of 18',
    });
  });

  it('refuses a case that holds more than is left to verify, and says to scan singles', () => {
    const lines = [line({ fulfilmentLineId: 'l1', ordered: 14, picked: 14, inParcel: 10 })];
    expect(verifyPackScan(lines, 'p-mug', 6)).toEqual({
      outcome: 'refused',
      reason: 'extra',
      title: 'Too many',
      detail:
        'This barcode counts 6 units but only 4 more MUG-1 are picked for this order: ' +
        'open the case and scan single units.',
    });
  });

  it('says when the last picked unit of a line is verified', () => {
    const lines = [line({ fulfilmentLineId: 'l1', ordered: 3, picked: 2, short: 1, inParcel: 1 })];
    expect(verifyPackScan(lines, 'p-mug', 1)).toMatchObject({
      outcome: 'accepted',
      title: 'MUG-1 2 of 2',
      detail: 'All picked MUG-1 verified.',
    });
  });

  it('will not count a fraction or nothing', () => {
    expect(() => verifyPackScan([line({ fulfilmentLineId: 'l1' })], 'p-mug', 0)).toThrow(
      RangeError,
    );
  });
});

describe('packCallouts', () => {
  it('says nothing about a line picked in full and verified in full', () => {
    expect(packCallouts([line({ fulfilmentLineId: 'l1', packed: 2, inParcel: 1 })])).toEqual([]);
  });

  it('lists picked units not yet verified only once the packer says done', () => {
    const lines = [line({ fulfilmentLineId: 'l1', picked: 3, inParcel: 1 })];
    expect(packCallouts(lines, { done: false })).toEqual([]);
    expect(packCallouts(lines, { done: true })).toEqual([
      {
        kind: 'missing',
        fulfilmentLineId: 'l1',
        text: 'MUG-1 Blue mug: 3 picked, 1 verified: find the other 2 in the tote and scan them.',
      },
    ]);
  });

  it('calls out units verified beyond what is picked, e.g. after a pick was undone', () => {
    const lines = [line({ fulfilmentLineId: 'l1', ordered: 2, picked: 2, packed: 1, inParcel: 2 })];
    expect(packCallouts(lines, { done: false })).toEqual([
      {
        kind: 'extra',
        fulfilmentLineId: 'l1',
        text: 'MUG-1 Blue mug: 3 verified but only 2 picked: take 1 out of the open parcel and return it to stock.',
      },
    ]);
  });

  it('sends the packer to a closed parcel when the open one does not hold the extra units', () => {
    const lines = [line({ fulfilmentLineId: 'l1', ordered: 1, picked: 1, packed: 3 })];
    expect(packCallouts(lines).map((c) => c.text)).toEqual([
      'MUG-1 Blue mug: 3 verified but only 1 picked: take 2 out of a closed parcel (reopen it) and return them to stock.',
    ]);
  });

  it('records a short line as picked of ordered with the backorder', () => {
    const lines = [
      line({ fulfilmentLineId: 'l1', sku: 'SKU-1', ordered: 3, picked: 1, short: 2, inParcel: 1 }),
    ];
    expect(packCallouts(lines)).toEqual([
      { kind: 'short', fulfilmentLineId: 'l1', text: 'SKU-1: 1 of 3 picked, 2 backordered' },
    ]);
  });

  it('tells apart units still to pick from units backordered', () => {
    const lines = [
      line({ fulfilmentLineId: 'l1', sku: 'SKU-1', ordered: 5, picked: 1, short: 2, inParcel: 1 }),
    ];
    expect(packCallouts(lines).map((c) => c.text)).toEqual([
      'SKU-1: 1 of 5 picked, 2 backordered, 2 still to pick',
    ]);
  });
});
