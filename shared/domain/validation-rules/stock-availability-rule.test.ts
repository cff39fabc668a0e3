import { describe, expect, it } from 'vitest';
import { sampleContext, sampleOrder } from './sample-order';
import { StockAvailabilityParamsSchema, stockAvailabilityRule } from './stock-availability-rule';

const params = StockAvailabilityParamsSchema.parse({ unknownSku: 'hold' });

describe('stock_availability', () => {
  it('passes an order whose SKUs are all in the catalogue, whatever the quantity', () => {
    const order = sampleOrder((o) => {
      o.lines = [{ sku: 'MUG-12OZ-BLK', quantity: 100_000 }];
    });
    expect(stockAvailabilityRule.check(order, params, sampleContext())).toEqual([]);
  });

  it('flags each line with an unknown SKU, by line number', () => {
    const order = sampleOrder((o) => {
      o.lines = [
        { sku: 'MUG-12OZ-BLK', quantity: 1 },
        { sku: 'mug-12oz-blk', quantity: 1 },
        { sku: "X'); DROP TABLE products;--", quantity: 1 },
      ];
    });
    expect(stockAvailabilityRule.check(order, params, sampleContext())).toEqual([
      {
        field: 'lines.1.sku',
        message:
          "SKU 'mug-12oz-blk' (line 2) is not in the catalogue; correct the SKU or add the product",
      },
      {
        field: 'lines.2.sku',
        message:
          "SKU 'X'); DROP TABLE products;--' (line 3) is not in the catalogue; correct the SKU or add the product",
      },
    ]);
  });

  it('flags everything against an empty catalogue', () => {
    expect(
      stockAvailabilityRule.check(sampleOrder(), params, sampleContext({ knownSkus: new Set() })),
    ).toHaveLength(2);
  });

  it("accepts only 'hold' as what to do", () => {
    expect(StockAvailabilityParamsSchema.safeParse({ unknownSku: 'reject' }).success).toBe(false);
    expect(StockAvailabilityParamsSchema.safeParse({}).success).toBe(false);
  });
});
