import { describe, expect, it } from 'vitest';
import { scansFor, UNKNOWN_LABEL } from './picker-script';
import type { WrongLabels } from './picker-script';

const wrong: WrongLabels = {
  otherBin: (code) => `${code}-X`,
  otherProduct: (barcode) => `${barcode}9`,
};
const bin = { expecting: 'bin', binCode: 'A01-01-1', barcode: '5000000000012' } as const;
const item = { ...bin, expecting: 'item' } as const;

describe('scansFor', () => {
  it('scans the bin asked for, after a neighbouring one every tenth step', () => {
    expect(scansFor(bin, 0, wrong)).toEqual([{ content: 'A01-01-1', wrong: false }]);
    expect(scansFor(bin, 13, wrong)).toEqual([
      { content: 'A01-01-1-X', wrong: true },
      { content: 'A01-01-1', wrong: false },
    ]);
  });

  it('scans the item asked for, sometimes after another product or an unreadable label', () => {
    expect(scansFor(item, 0, wrong)).toEqual([{ content: '5000000000012', wrong: false }]);
    expect(scansFor(item, 17, wrong).map((s) => s.content)).toEqual([
      '50000000000129',
      '5000000000012',
    ]);
    expect(scansFor(item, 32, wrong).map((s) => s.content)).toEqual([
      UNKNOWN_LABEL,
      '5000000000012',
    ]);
  });

  it('makes about one scan in ten a wrong one over a long walk', () => {
    const plans = Array.from({ length: 600 }, (_, step) =>
      scansFor(step % 3 === 0 ? bin : item, step, wrong),
    ).flat();
    const wrongShare = plans.filter((p) => p.wrong).length / plans.length;
    expect(wrongShare).toBeGreaterThan(0.05);
    expect(wrongShare).toBeLessThan(0.15);
  });
});
