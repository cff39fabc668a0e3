import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineMethods, joinMethodMaps } from './define';
import { methods } from './methods';

const spec = { summary: 's', input: z.object({}), output: z.null() };

describe('contract definition', () => {
  it('joins domain maps and refuses a name declared twice', () => {
    const a = defineMethods({ 'a.one': spec });
    const b = defineMethods({ 'b.one': spec });
    expect(Object.keys(joinMethodMaps(a, b))).toEqual(['a.one', 'b.one']);
    expect(() => joinMethodMaps(a, defineMethods({ 'a.one': spec }))).toThrowError(
      /"a.one" is declared twice/,
    );
  });

  it('names every method domain.verb', () => {
    for (const name of Object.keys(methods)) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
