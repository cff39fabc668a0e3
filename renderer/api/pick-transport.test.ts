import { describe, expect, it } from 'vitest';
import { findWharfBridge } from './pick-transport';

describe('findWharfBridge', () => {
  it('finds the bridge the Electron preload exposes', () => {
    const bridge = {
      invoke: () => Promise.resolve({ ok: true, value: 1 }),
      subscribe: () => () => {},
    };
    expect(findWharfBridge({ wharf: bridge })).toBe(bridge);
  });

  it('ignores a page without one, or with something else called wharf', () => {
    expect(findWharfBridge({})).toBeUndefined();
    expect(findWharfBridge({ wharf: 'harbour' })).toBeUndefined();
    expect(findWharfBridge({ wharf: { invoke: () => 1 } })).toBeUndefined();
  });
});
