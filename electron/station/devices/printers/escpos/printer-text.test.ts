import { describe, expect, it } from 'vitest';
import { toPrinterText, wrapText } from './printer-text';

describe('toPrinterText', () => {
  it.each([
    ['Zoë Ñandú Bâtiment', 'Zoë Ñandú Bâtiment'],
    ['€ – “quoted” œ Ÿ', '€ – “quoted” œ Ÿ'],
    ['Tōkyō Łódź Đorđe', 'Tokyo Lódz Dorde'],
    ['ﬁsh', 'fish'],
    ['山田 Ωmega Тверская', '?? ?mega ????????'],
    ['a\u001b@b\u001dV\u0000c\u0085d', 'a@bVcd'],
    ['  many \t\n spaces  ', 'many spaces'],
    ['😀 emoji', '? emoji'],
  ])('%j prints as %j', (input, expected) => {
    expect(toPrinterText(input)).toBe(expected);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, and inside a word only when the word is wider than the line', () => {
    expect(wrapText('Earl Grey, 250 g tin', 10)).toEqual(['Earl Grey,', '250 g tin']);
    expect(wrapText('ABCDEFGHIJKL xy', 5)).toEqual(['ABCDE', 'FGHIJ', 'KL xy']);
    expect(wrapText('', 5)).toEqual(['']);
  });
});
