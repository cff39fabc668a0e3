import { describe, expect, it } from 'vitest';
import { joinWithOr, withArticle } from './readable-list';

describe('readable lists', () => {
  it('joins with commas and a final "or"', () => {
    expect(joinWithOr([])).toBe('');
    expect(joinWithOr(['picker'])).toBe('picker');
    expect(joinWithOr(['picker', 'manager', 'admin'])).toBe('picker, manager or admin');
  });

  it('puts "a" or "an" before the words', () => {
    expect(withArticle('picker')).toBe('a picker');
    expect(withArticle('administrator, manager or picker')).toBe(
      'an administrator, manager or picker',
    );
  });
});
