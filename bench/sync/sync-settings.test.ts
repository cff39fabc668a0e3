import { describe, expect, it } from 'vitest';
import { readSyncBenchSettings } from './sync-settings';

describe('readSyncBenchSettings', () => {
  it('is full size without overrides', () => {
    expect(readSyncBenchSettings({})).toEqual({
      rows: 200_000,
      bins: 2_000,
      products: 100,
      commits: 200,
      mutations: 10_000,
    });
  });

  it('shrinks for a quick run', () => {
    const quick = readSyncBenchSettings({
      WHARF_BENCH_SYNC_ROWS: '20_000',
      WHARF_BENCH_SYNC_COMMITS: '50',
      WHARF_BENCH_SYNC_MUTATIONS: '1000',
    });
    expect(quick).toMatchObject({ rows: 20_000, bins: 200, commits: 50, mutations: 1_000 });
  });

  it('refuses sizes it cannot build', () => {
    expect(() => readSyncBenchSettings({ WHARF_BENCH_SYNC_ROWS: '12345' })).toThrowError(
      /multiple of 100/,
    );
    expect(() => readSyncBenchSettings({ WHARF_BENCH_SYNC_ROWS: 'lots' })).toThrowError(
      /WHARF_BENCH_SYNC_ROWS must be a whole number/,
    );
    expect(() =>
      readSyncBenchSettings({ WHARF_BENCH_SYNC_ROWS: '1000', WHARF_BENCH_SYNC_MUTATIONS: '5000' }),
    ).toThrowError(/WHARF_BENCH_SYNC_MUTATIONS must be a whole number from 100 to 1000/);
  });
});
