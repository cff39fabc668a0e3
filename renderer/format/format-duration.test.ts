import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('shows seconds for a fresh start', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(42.9)).toBe('42 s');
  });

  it('shows the two largest units', () => {
    expect(formatDuration(61)).toBe('1 min 1 s');
    expect(formatDuration(3 * 3600 + 12 * 60 + 5)).toBe('3 h 12 min');
    expect(formatDuration(2 * 86_400 + 30)).toBe('2 d 0 h');
  });

  it('shows a dash for nonsense', () => {
    expect(formatDuration(-5)).toBe('—');
  });
});
