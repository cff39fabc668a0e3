import { describe, expect, it } from 'vitest';
import { planWalk } from './pick-walk';
import type { WalkBin, WalkLine } from './pick-walk';

const line = (lineId: string, productId: string, open: number, position = 0): WalkLine => ({
  lineId,
  productId,
  open,
  position,
});
const bin = (code: string, productId: string, onHand: number, pickSequence: number): WalkBin => ({
  binId: `bin-${code}`,
  code,
  pickSequence,
  productId,
  onHand,
});

describe('planWalk', () => {
  it('orders stops by the bins pick sequence, not by order line', () => {
    const tasks = planWalk(
      [line('l1', 'p-far', 1), line('l2', 'p-near', 2)],
      [bin('Z-09', 'p-far', 5, 900), bin('A-01', 'p-near', 5, 10)],
    );
    expect(tasks.map((t) => [t.bin?.code, t.quantity])).toEqual([
      ['A-01', 2],
      ['Z-09', 1],
    ]);
  });

  it('splits a line over bins when the first cannot give it all, in walk order', () => {
    const tasks = planWalk(
      [line('l1', 'p', 7)],
      [bin('B-02', 'p', 4, 20), bin('A-01', 'p', 3, 10), bin('C-03', 'p', 9, 30)],
    );
    expect(tasks.map((t) => [t.bin?.code, t.quantity])).toEqual([
      ['A-01', 3],
      ['B-02', 4],
    ]);
  });

  it('gives scarce stock to the earlier order of the pick list and leaves the rest without a bin', () => {
    const tasks = planWalk(
      [line('late', 'p', 2, 1), line('early', 'p', 2, 0)],
      [bin('A-01', 'p', 3, 10)],
    );
    expect(tasks.map((t) => [t.lineId, t.bin?.code ?? null, t.quantity])).toEqual([
      ['early', 'A-01', 2],
      ['late', 'A-01', 1],
      ['late', null, 1],
    ]);
  });

  it('never sends a line back to a bin reported short for it (re-task)', () => {
    const tasks = planWalk(
      [line('l1', 'p', 2)],
      [bin('A-01', 'p', 9, 10), bin('B-01', 'p', 9, 20)],
      new Map([['l1', new Set(['bin-A-01'])]]),
    );
    expect(tasks.map((t) => t.bin?.code)).toEqual(['B-01']);
  });

  it('skips lines with nothing open and bins holding nothing or less than nothing', () => {
    const tasks = planWalk(
      [line('done', 'p', 0), line('l2', 'p', 1)],
      [bin('A-01', 'p', 0, 1), bin('A-02', 'p', -3, 2), bin('A-03', 'p', 1, 3)],
    );
    expect(tasks.map((t) => [t.lineId, t.bin?.code])).toEqual([['l2', 'A-03']]);
  });
});
