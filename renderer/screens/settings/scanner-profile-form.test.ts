import { describe, expect, it } from 'vitest';
import { SCANNER_PRESETS, SCANNER_PRESET_NAMES } from '../../../shared/scanning/scanner-profile';
import {
  choiceOf,
  fieldErrorsFromIssues,
  formToProfile,
  profileFromChoice,
  profileToForm,
  type ScannerProfileForm,
} from './scanner-profile-form';

const customForm: ScannerProfileForm = {
  prefix: '#',
  suffix: '$',
  terminator: 'none',
  groupSeparatorSubstitute: '~',
  maxInterKeyMs: '40',
  endIdleMs: '120',
  minLength: '6',
};

describe('scanner profile form', () => {
  it('recognises each preset and calls anything else custom', () => {
    for (const name of SCANNER_PRESET_NAMES) expect(choiceOf(SCANNER_PRESETS[name])).toBe(name);
    expect(choiceOf({ ...SCANNER_PRESETS.zebra, prefix: '#' })).toBe('custom');
  });

  it('saves a preset as shipped, whatever the custom fields hold', () => {
    expect(profileFromChoice('honeywell', { ...customForm, minLength: 'x' })).toEqual({
      ok: true,
      profile: SCANNER_PRESETS.honeywell,
    });
  });

  it('turns the custom fields into a profile and back without loss', () => {
    const check = formToProfile(customForm);
    expect(check).toEqual({
      ok: true,
      profile: {
        name: 'custom',
        prefix: '#',
        suffix: '$',
        terminators: [],
        groupSeparatorSubstitute: '~',
        maxInterKeyMs: 40,
        endIdleMs: 120,
        minLength: 6,
      },
    });
    if (check.ok) expect(profileToForm(check.profile)).toEqual(customForm);
  });

  it('maps every terminator choice, and an empty substitute to a real GS', () => {
    const enterOnly = formToProfile({ ...customForm, terminator: 'enter' });
    expect(enterOnly.ok && enterOnly.profile.terminators).toEqual(['Enter']);
    const both = formToProfile({ ...customForm, terminator: 'enter-or-tab' });
    expect(both.ok && both.profile.terminators).toEqual(['Enter', 'Tab']);
    const tabOnly = formToProfile({ ...customForm, terminator: 'tab' });
    expect(tabOnly.ok && tabOnly.profile.terminators).toEqual(['Tab']);
    const realGs = formToProfile({ ...customForm, groupSeparatorSubstitute: '' });
    expect(realGs.ok && realGs.profile.groupSeparatorSubstitute).toBeNull();
    expect(profileToForm(SCANNER_PRESETS.generic).terminator).toBe('enter-or-tab');
  });

  it('names every field that is wrong, with what to enter', () => {
    const check = formToProfile({
      prefix: 'x'.repeat(21),
      suffix: '',
      terminator: 'enter',
      groupSeparatorSubstitute: '||',
      maxInterKeyMs: 'fast',
      endIdleMs: '',
      minLength: '0',
    });
    expect(check).toEqual({
      ok: false,
      errors: {
        prefix: 'Keep the prefix to 20 characters or fewer',
        groupSeparatorSubstitute: expect.stringMatching(/^One character only/) as unknown,
        maxInterKeyMs: 'The longest gap between keys must be a whole number of ms',
        endIdleMs: 'The quiet time that ends a scan is needed, in ms',
        minLength: 'The shortest barcode must be between 1 and 100 characters',
      },
    });
  });

  it('refuses a quiet time shorter than the key gap, on the quiet-time field', () => {
    const check = formToProfile({ ...customForm, maxInterKeyMs: '90', endIdleMs: '50' });
    expect(check).toEqual({
      ok: false,
      errors: { endIdleMs: expect.stringContaining('(90 ms)') as unknown },
    });
  });

  it("puts the station's own objections under the matching field", () => {
    expect(
      fieldErrorsFromIssues([
        { path: 'scannerProfile.endIdleMs', message: 'too short' },
        { path: 'scannerProfile.terminators.0', message: 'unknown key' },
        { path: 'stationName', message: 'not mine' },
      ]),
    ).toEqual({ endIdleMs: 'too short', terminator: 'unknown key' });
  });
});
