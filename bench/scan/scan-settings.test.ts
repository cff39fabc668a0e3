import { describe, expect, it } from 'vitest';
import { readScanBenchSettings } from './scan-settings';

describe('readScanBenchSettings', () => {
  it('is the size issue 5 names without overrides', () => {
    expect(readScanBenchSettings({})).toEqual({
      scale: 1,
      bins: 20_000,
      products: 20_000,
      fulfilments: 100_000,
      lines: 1_000_000,
      released: 2_000,
      backendScans: 2_000,
      renderedScans: 200,
    });
  });

  it('shrinks for a quick run but keeps enough released orders to pick', () => {
    const quick = readScanBenchSettings({ WHARF_BENCH_SCALE: '0.1' });
    expect(quick).toMatchObject({ bins: 2_000, fulfilments: 10_000, lines: 100_000 });
    expect(quick.released).toBe(200);
    expect(readScanBenchSettings({ WHARF_BENCH_SCALE: '0.01' }).released).toBe(128);
  });

  it('refuses a scale it cannot use', () => {
    for (const bad of ['0', '2', 'big', '-1']) {
      expect(() => readScanBenchSettings({ WHARF_BENCH_SCALE: bad })).toThrowError(
        /WHARF_BENCH_SCALE must be a number from 0.01 to 1/,
      );
    }
  });
});
