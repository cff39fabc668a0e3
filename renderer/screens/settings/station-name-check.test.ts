import { describe, expect, it } from 'vitest';
import { checkStationName, isUnchangedName } from './station-name-check';

describe('checkStationName', () => {
  it('accepts a name and trims its edges', () => {
    expect(checkStationName('  Pack station #3 ')).toEqual({ ok: true, name: 'Pack station #3' });
  });

  it('explains an empty name', () => {
    expect(checkStationName('   ')).toEqual({ ok: false, message: 'Give the station a name' });
  });

  it('explains a name that is too long or uses odd characters', () => {
    expect(checkStationName('x'.repeat(41))).toMatchObject({ ok: false, message: /40/ });
    expect(checkStationName('Pack <1>')).toMatchObject({ ok: false, message: /letters, digits/ });
  });
});

describe('isUnchangedName', () => {
  it('ignores spaces the station would trim anyway', () => {
    expect(isUnchangedName(' Pack 1 ', 'Pack 1')).toBe(true);
    expect(isUnchangedName('Pack 2', 'Pack 1')).toBe(false);
  });
});
