import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('shows whole bytes below a kilobyte', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
  });

  it('keeps one decimal for small values of a larger unit', () => {
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(4096 * 1024)).toBe('4.0 MB');
  });

  it('drops decimals once the number is big enough to read', () => {
    expect(formatBytes(123 * 1024 * 1024)).toBe('123 MB');
    expect(formatBytes(2 * 1024 ** 4)).toBe('2.0 TB');
  });

  it('shows a dash for nonsense rather than a wrong number', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});
