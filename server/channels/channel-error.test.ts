import { describe, expect, it } from 'vitest';
import { ChannelError, formatIssuePath, quoteInput, summarizeIssues } from './channel-error';

describe('summarizeIssues', () => {
  it('names the first three problems and counts the rest', () => {
    const issues = ['a', 'b', 'c', 'd', 'e'].map((path) => ({ path, message: 'bad' }));
    expect(summarizeIssues('Refused', issues)).toBe('Refused: a: bad; b: bad; c: bad (and 2 more)');
    expect(summarizeIssues('Refused', [])).toBe('Refused');
  });
});

describe('quoteInput', () => {
  it('escapes control characters and shortens long input', () => {
    expect(quoteInput('12,50')).toBe('"12,50"');
    expect(quoteInput('a\nFAKE LOG LINE')).toBe('"a\\nFAKE LOG LINE"');
    expect(quoteInput('x'.repeat(1000))).toBe(`"${'x'.repeat(57)}..."`);
  });
});

describe('ChannelError', () => {
  it('carries a code, a message and issues, and serialises without a stack', () => {
    const error = new ChannelError('SIGNATURE_INVALID', 'The signature does not match');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChannelError');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'SIGNATURE_INVALID',
      message: 'The signature does not match',
      issues: [],
    });
    expect(formatIssuePath(['line_items', 1, 'sku'])).toBe('line_items.1.sku');
    expect(formatIssuePath([])).toBe('(input)');
  });
});
