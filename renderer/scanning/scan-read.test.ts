import { describe, expect, it } from 'vitest';
import { DEFAULT_SCANNER_PROFILE, GROUP_SEPARATOR } from './scanner-profile';
import { splitBurst } from './scan-read';

const chars = (text: string): string[] => [...text];

describe('splitBurst', () => {
  it('reads the AIM identifier and keeps it out of the content', () => {
    const gs1 = `]C10101234567890128${GROUP_SEPARATOR}10LOT7`;
    const { scan } = splitBurst(chars(gs1), DEFAULT_SCANNER_PROFILE);
    expect(scan).toEqual({
      raw: gs1,
      data: gs1,
      aim: ']C1',
      content: `0101234567890128${GROUP_SEPARATOR}10LOT7`,
    });
  });

  it('reports no AIM identifier when the data does not start with one', () => {
    const { scan } = splitBurst(chars('4006381333931'), DEFAULT_SCANNER_PROFILE);
    expect(scan.aim).toBeNull();
    expect(scan.content).toBe('4006381333931');
    expect(splitBurst(chars('A]C1'), DEFAULT_SCANNER_PROFILE).scan.aim).toBeNull();
  });

  it('strips prefix and suffix before reading the AIM identifier', () => {
    const profile = { ...DEFAULT_SCANNER_PROFILE, prefix: '@@', suffix: '#' };
    const { typedBefore, scan } = splitBurst(chars('@@]Q3HELLO#'), profile);
    expect(typedBefore).toBe(0);
    expect(scan).toEqual({ raw: '@@]Q3HELLO#', data: ']Q3HELLO', aim: ']Q3', content: 'HELLO' });
  });

  it('counts characters typed before the prefix as typing', () => {
    const profile = { ...DEFAULT_SCANNER_PROFILE, prefix: '@@' };
    const { typedBefore, scan } = splitBurst(chars('ab@@12345'), profile);
    expect(typedBefore).toBe(2);
    expect(scan.raw).toBe('@@12345');
    expect(scan.data).toBe('12345');
  });
});
