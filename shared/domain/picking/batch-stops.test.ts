import { describe, expect, it } from 'vitest';
import type { PickTask } from '../../contract/schemas/floor';
import { mergeBatchStops, splitOverLines } from './batch-stops';

let n = 0;
const id = () => `0190f000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

function task(bin: string | null, productId: string, quantity: number, order: string): PickTask {
  const fulfilmentLineId = id();
  const fulfilmentId = id();
  return {
    key: `${fulfilmentLineId}:${bin ?? 'none'}`,
    fulfilmentId,
    fulfilmentNumber: `${order}-1`,
    orderNumber: order,
    fulfilmentLineId,
    product: {
      id: productId,
      sku: productId,
      name: productId,
      gtin: null,
      requiresLot: false,
      requiresSerial: false,
    },
    bin: bin === null ? null : { id: `b-${bin}`, code: bin, pickSequence: 1 },
    tote: 'CART-1',
    quantity,
    lines: [
      {
        fulfilmentLineId,
        fulfilmentId,
        fulfilmentNumber: `${order}-1`,
        orderNumber: order,
        quantity,
      },
    ],
  };
}

describe('batch stops', () => {
  it('joins neighbouring stops at one bin for one product, keeping the orders in line', () => {
    const stops = mergeBatchStops([
      task('A-01', 'PEN', 1, 'O1'),
      task('A-01', 'PEN', 2, 'O2'),
      task('A-01', 'MUG', 1, 'O1'),
      task('B-01', 'PEN', 1, 'O3'),
      task(null, 'TEA', 1, 'O1'),
      task(null, 'TEA', 1, 'O2'),
    ]);
    expect(
      stops.map((s) => [
        s.bin?.code ?? null,
        s.product.id,
        s.quantity,
        s.lines.map((l) => l.orderNumber),
      ]),
    ).toEqual([
      ['A-01', 'PEN', 3, ['O1', 'O2']],
      ['A-01', 'MUG', 1, ['O1']],
      ['B-01', 'PEN', 1, ['O3']],
      [null, 'TEA', 1, ['O1']],
      [null, 'TEA', 1, ['O2']],
    ]);
  });

  it('spreads a scan over the lines, earliest order first', () => {
    const [stop] = mergeBatchStops([task('A-01', 'PEN', 1, 'O1'), task('A-01', 'PEN', 2, 'O2')]);
    if (!stop) throw new Error('no stop');
    expect(splitOverLines(stop, 2).map((p) => [p.line.orderNumber, p.units])).toEqual([
      ['O1', 1],
      ['O2', 1],
    ]);
    expect(splitOverLines(stop, 3).map((p) => p.units)).toEqual([1, 2]);
  });
});
