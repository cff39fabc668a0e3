import { describe, expect, it } from 'vitest';
import { planAllocation } from './plan-allocation';

const offer = (warehouseId: string, distanceKm: number, stock: Record<string, number>) => ({
  warehouseId,
  distanceKm,
  available: new Map(Object.entries(stock)),
});

describe('planAllocation', () => {
  const lines = [
    { lineId: 'l1', productId: 'A', quantity: 2 },
    { lineId: 'l2', productId: 'B', quantity: 1 },
  ];

  it('sends the whole order from the closest warehouse that can fill it', () => {
    const plan = planAllocation(lines, [
      offer('far', 900, { A: 5, B: 5 }),
      offer('near', 10, { A: 5 }),
      offer('mid', 300, { A: 2, B: 1 }),
    ]);
    expect(plan).toEqual({ fulfilments: [{ warehouseId: 'mid', lines }], backordered: [] });
  });

  it('splits, closest first, only when no single warehouse can fill it', () => {
    const plan = planAllocation(lines, [
      offer('near', 10, { A: 1 }),
      offer('far', 900, { A: 1, B: 1 }),
    ]);
    expect(plan.fulfilments).toEqual([
      { warehouseId: 'near', lines: [{ lineId: 'l1', productId: 'A', quantity: 1 }] },
      {
        warehouseId: 'far',
        lines: [
          { lineId: 'l1', productId: 'A', quantity: 1 },
          { lineId: 'l2', productId: 'B', quantity: 1 },
        ],
      },
    ]);
    expect(plan.backordered).toEqual([]);
  });

  it('backorders what no warehouse has, and counts a product across lines', () => {
    const twoLinesSameProduct = [
      { lineId: 'l1', productId: 'A', quantity: 2 },
      { lineId: 'l2', productId: 'A', quantity: 2 },
    ];
    const plan = planAllocation(twoLinesSameProduct, [offer('w', 1, { A: 3 })]);
    expect(plan.fulfilments).toEqual([
      {
        warehouseId: 'w',
        lines: [
          { lineId: 'l1', productId: 'A', quantity: 2 },
          { lineId: 'l2', productId: 'A', quantity: 1 },
        ],
      },
    ]);
    expect(plan.backordered).toEqual([{ lineId: 'l2', productId: 'A', quantity: 1 }]);
    expect(planAllocation(lines, []).backordered).toHaveLength(2);
  });
});
