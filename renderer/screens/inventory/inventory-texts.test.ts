import { describe, expect, it } from 'vitest';
import {
  describePack,
  describePending,
  describeResults,
  formatSignedUnits,
  rowKey,
  singleExactRow,
} from './inventory-texts';
import { stockList, stockRow } from './inventory-test-rows';

describe('formatSignedUnits', () => {
  it('signs every change, with a real minus sign', () => {
    expect(formatSignedUnits(3)).toBe('+3');
    expect(formatSignedUnits(-2)).toBe('\u22122');
    expect(formatSignedUnits(0)).toBe('0');
  });
});

describe('describePending', () => {
  it('marks changes the head office has not confirmed, and nothing otherwise', () => {
    expect(describePending(3)).toBe('Pending +3, waiting for head office');
    expect(describePending(-2)).toBe('Pending \u22122, waiting for head office');
    expect(describePending(0)).toBeNull();
  });
});

describe('describeResults', () => {
  it('counts what is in the warehouse when nothing was searched', () => {
    expect(describeResults(stockList([stockRow()]), '')).toBe('1 place.');
    expect(describeResults(stockList([]), '')).toBe('No stock in this warehouse yet.');
    expect(describeResults(stockList([stockRow(), stockRow()], { truncated: true }), '')).toBe(
      'Showing the first 2 places. Search to narrow it down.',
    );
  });

  it('says how a search matched, and says plainly when it found nothing', () => {
    const list = stockList([stockRow()], { exactMatch: 'barcode' });
    expect(describeResults(list, '5000001')).toBe('1 place for barcode 5000001.');
    expect(describeResults(stockList([stockRow()]), 'mug')).toBe('1 place for “mug”.');
    expect(describeResults(stockList([]), 'XYZ')).toBe(
      'Nothing found for “XYZ”. Check the code and scan again.',
    );
  });
});

describe('singleExactRow', () => {
  it('opens the one place a scan or SKU found', () => {
    const row = stockRow();
    expect(singleExactRow(stockList([row], { exactMatch: 'barcode' }))).toBe(row);
    expect(singleExactRow(stockList([row], { exactMatch: 'sku' }))).toBe(row);
  });

  it('leaves the choice to the clerk for a bin, a name search or several places', () => {
    expect(singleExactRow(stockList([stockRow()], { exactMatch: 'bin' }))).toBeNull();
    expect(singleExactRow(stockList([stockRow()]))).toBeNull();
    expect(singleExactRow(stockList([stockRow(), stockRow()], { exactMatch: 'sku' }))).toBeNull();
  });
});

describe('rows', () => {
  it('keys a row by bin and product', () => {
    const row = stockRow();
    expect(rowKey(row)).toBe(`${row.binId}:${row.product.id}`);
  });

  it('warns when the scanned barcode is a multi-unit pack', () => {
    const pack = stockRow({
      product: { ...stockRow().product, matchedBarcode: { barcode: '500', packQuantity: 12 } },
    });
    expect(describePack(pack)).toBe('Barcode 500 is a pack of 12. Count single units.');
    expect(describePack(stockRow())).toBeNull();
  });
});
