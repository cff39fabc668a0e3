import { describe, expect, it } from 'vitest';
import { stationQueryKey } from '../../api/react/query-keys';
import { createStationCache } from '../../api/react/station-cache';
import { stockList, stockRow } from './inventory-test-rows';
import { applyAdjustedRow, replaceRow } from './stock-cache';

const other = stockRow({ binId: '0190a6b0-0000-7000-8000-0000000000c1', binCode: 'B-02' });

describe('replaceRow', () => {
  it('swaps only the same product in the same bin', () => {
    const adjusted = stockRow({ onHand: 10, pendingDelta: -2 });
    const list = stockList([stockRow(), other]);
    expect(replaceRow(list, adjusted).rows).toEqual([adjusted, other]);
  });
});

describe('applyAdjustedRow', () => {
  it('updates every cached search that shows the row', () => {
    const cache = createStationCache();
    const all = stationQueryKey('inventory.list', { search: '' });
    const bySku = stationQueryKey('inventory.list', { search: 'SKU-1' });
    cache.setQueryData(all, stockList([stockRow(), other]));
    cache.setQueryData(bySku, stockList([stockRow()], { exactMatch: 'sku' }));

    const adjusted = stockRow({ onHand: 10, pendingDelta: -2 });
    applyAdjustedRow(cache, adjusted);

    expect(cache.getQueryData(all)).toMatchObject({ rows: [adjusted, other] });
    expect(cache.getQueryData(bySku)).toMatchObject({ rows: [adjusted], exactMatch: 'sku' });
    expect(cache.getQueryState(all)?.isInvalidated).toBe(true);
  });
});
