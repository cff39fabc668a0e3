/**
 * Text for an ESC/POS receipt printer. Slips and receipts print in code page WPC1252 (Windows
 * Latin-1, ESC t 16), which every Epson-compatible 80 mm printer we support has. Characters
 * outside it are transliterated when they are an accented Latin letter (ō → o, ł → l) and printed
 * as '?' otherwise (Greek, Cyrillic, CJK), so a name is never silently dropped. Control bytes are
 * removed: an ESC or GS inside a customer's name would otherwise be a printer command.
 */

/** The characters code page 1252 has at 0x80–0x9F; 0xA0–0xFF are the same as Unicode. */
const CP1252_HIGH_CONTROLS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const LATIN_FALLBACKS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  '\u2212': '-',
};

const UNPRINTABLE = '?';

function isCp1252(char: string): boolean {
  const codePoint = char.codePointAt(0) ?? 0;
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    CP1252_HIGH_CONTROLS.includes(char)
  );
}

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function transliterate(char: string): string {
  const fallback = LATIN_FALLBACKS[char];
  if (fallback !== undefined) return fallback;
  // NFKD splits "ō" into "o" + combining macron and "ﬁ" into "fi"; the marks are dropped.
  const decomposed = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (decomposed !== '' && [...decomposed].every(isCp1252)) return decomposed;
  return UNPRINTABLE;
}

/** `value` reduced to what code page 1252 prints, on one line, with no control bytes. */
export function toPrinterText(value: string): string {
  let out = '';
  for (const char of value.replace(/\s+/g, ' ').trim()) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isControl(codePoint) || (codePoint >= 0xd800 && codePoint <= 0xdfff)) continue;
    out += isCp1252(char) ? char : transliterate(char);
  }
  return out;
}

/**
 * Splits text into lines of at most `width` characters, breaking at spaces where it can and
 * inside a word only when a word alone is wider than the line.
 */
export function wrapText(value: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ').filter((part) => part !== '')) {
    let rest = word;
    while (rest.length > width) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
