import { describe, expect, it } from 'vitest';
import { DEFAULT_SCANNER_PROFILE, GROUP_SEPARATOR } from './scanner-profile';
import { keyAt } from './wedge-timeline';
import { classifyWedgeKey } from './wedge-key';

const generic = DEFAULT_SCANNER_PROFILE;

describe('classifyWedgeKey', () => {
  it('ignores modifier-only keys', () => {
    for (const key of ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']) {
      expect(classifyWedgeKey(keyAt(key, 0, { ctrlKey: key === 'Control' }), generic)).toEqual({
        kind: 'modifier',
      });
    }
  });

  it('reads capitals, digits and symbols as characters', () => {
    for (const key of ['A', 'z', '7', '-', ']', '€']) {
      expect(classifyWedgeKey(keyAt(key, 0), generic)).toEqual({ kind: 'char', char: key });
    }
  });

  it('turns Ctrl+] into GS, by key or by physical key on other layouts', () => {
    const gs = { kind: 'char', char: GROUP_SEPARATOR };
    expect(classifyWedgeKey(keyAt(']', 0, { ctrlKey: true }), generic)).toEqual(gs);
    expect(
      classifyWedgeKey(keyAt('+', 0, { ctrlKey: true, code: 'BracketRight' }), generic),
    ).toEqual(gs);
  });

  it('turns the configured substitute into GS and leaves it alone otherwise', () => {
    const tilde = { ...generic, groupSeparatorSubstitute: '~' };
    expect(classifyWedgeKey(keyAt('~', 0), tilde)).toEqual({ kind: 'char', char: GROUP_SEPARATOR });
    expect(classifyWedgeKey(keyAt('~', 0), generic)).toEqual({ kind: 'char', char: '~' });
  });

  it('reads AltGr characters (Ctrl+Alt) as characters, other shortcuts as not', () => {
    expect(classifyWedgeKey(keyAt('@', 0, { ctrlKey: true, altKey: true }), generic)).toEqual({
      kind: 'char',
      char: '@',
    });
    expect(classifyWedgeKey(keyAt('c', 0, { ctrlKey: true }), generic)).toEqual({ kind: 'other' });
    expect(classifyWedgeKey(keyAt('v', 0, { metaKey: true }), generic)).toEqual({ kind: 'other' });
  });

  it('takes Enter and Tab as terminators only when the profile does', () => {
    const enterOnly = { ...generic, terminators: ['Enter' as const] };
    expect(classifyWedgeKey(keyAt('Enter', 0), enterOnly)).toEqual({
      kind: 'terminator',
      terminator: 'Enter',
    });
    expect(classifyWedgeKey(keyAt('Tab', 0), enterOnly)).toEqual({ kind: 'other' });
    expect(classifyWedgeKey(keyAt('Enter', 0, { ctrlKey: true }), generic)).toEqual({
      kind: 'other',
    });
  });

  it('never counts editing keys or auto-repeat as scan characters', () => {
    expect(classifyWedgeKey(keyAt('Backspace', 0), generic)).toEqual({ kind: 'other' });
    expect(classifyWedgeKey(keyAt('ArrowLeft', 0), generic)).toEqual({ kind: 'other' });
    expect(classifyWedgeKey(keyAt('a', 0, { repeat: true }), generic)).toEqual({ kind: 'other' });
  });
});
