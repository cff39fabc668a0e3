import { describe, expect, it } from 'vitest';
import { WharfError } from '../../shared/contract/errors';
import {
  DEFAULT_SCANNER_PROFILE,
  SCANNER_PRESETS,
  SCANNER_PRESET_NAMES,
  ScannerProfileSchema,
  parseScannerProfile,
} from './scanner-profile';

describe('scanner profiles', () => {
  it('ships presets that pass their own schema', () => {
    for (const name of SCANNER_PRESET_NAMES) {
      expect(ScannerProfileSchema.parse(SCANNER_PRESETS[name])).toEqual(SCANNER_PRESETS[name]);
      expect(SCANNER_PRESETS[name].name).toBe(name);
    }
    expect(DEFAULT_SCANNER_PROFILE).toBe(SCANNER_PRESETS.generic);
  });

  it('gives Zebra a slower key interval than generic, and Honeywell a faster one', () => {
    expect(SCANNER_PRESETS.zebra.maxInterKeyMs).toBeGreaterThan(
      SCANNER_PRESETS.generic.maxInterKeyMs,
    );
    expect(SCANNER_PRESETS.honeywell.maxInterKeyMs).toBeLessThan(
      SCANNER_PRESETS.generic.maxInterKeyMs,
    );
  });

  it('accepts a scanner without terminator that uses a substitute for GS', () => {
    const profile = parseScannerProfile({
      ...DEFAULT_SCANNER_PROFILE,
      name: 'dock door',
      terminators: [],
      groupSeparatorSubstitute: '~',
      prefix: '#',
      suffix: '$',
    });
    expect(profile.terminators).toEqual([]);
    expect(profile.groupSeparatorSubstitute).toBe('~');
  });

  it('refuses an idle time shorter than the key interval, saying which setting', () => {
    const bad = { ...DEFAULT_SCANNER_PROFILE, maxInterKeyMs: 50, endIdleMs: 20 };
    expect(() => parseScannerProfile(bad)).toThrow(WharfError);
    try {
      parseScannerProfile(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(WharfError);
      const wharf = error as WharfError;
      expect(wharf.code).toBe('BAD_REQUEST');
      expect(wharf.details?.issues?.map((issue) => issue.path)).toEqual(['endIdleMs']);
    }
  });

  it('refuses unknown terminators, a two-character substitute and unknown settings', () => {
    for (const bad of [
      { ...DEFAULT_SCANNER_PROFILE, terminators: ['Escape'] },
      { ...DEFAULT_SCANNER_PROFILE, groupSeparatorSubstitute: '||' },
      { ...DEFAULT_SCANNER_PROFILE, beep: true },
      { ...DEFAULT_SCANNER_PROFILE, minLength: 0 },
    ]) {
      expect(ScannerProfileSchema.safeParse(bad).success).toBe(false);
    }
  });
});
