import { describe, expect, it } from 'vitest';
import { cleanFieldText, escapeZplText, zplTextField } from './zpl-escape';

/** What a Zebra does with ^FH_ field data: every _XX becomes one byte, then UTF-8 (^CI28). */
function decodeFieldData(data: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    if (data[i] === '_') {
      bytes.push(Number.parseInt(data.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(data.charCodeAt(i));
    }
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}

const HOSTILE = [
  'Zoë Ł. 王小明 ^~ test_',
  '^XZ^XA^FO0,0^FDpwned^FS',
  '~JA~DGR:X.GRF,1,1,FF',
  'back\\slash _5E _ already hex',
  'Ærøskøbing Straße Ĳssel Ελλάδα Москва',
  'emoji 📦🚚 and combining é',
];

describe('escapeZplText', () => {
  it.each(HOSTILE)('round-trips %s exactly through the _XX hex of its UTF-8 bytes', (text) => {
    const escaped = escapeZplText(text);
    expect(escaped).toMatch(/^[\x20-\x7E]*$/);
    expect(escaped).not.toMatch(/[\^~\\]/);
    expect(decodeFieldData(escaped)).toBe(text);
  });

  it('writes the example name with UTF-8 bytes, not code units', () => {
    expect(escapeZplText('Zoë Ł. 王 ^~_')).toBe('Zo_C3_AB _C5_81. _E7_8E_8B _5E_7E_5F');
  });

  it('leaves plain ASCII addresses readable', () => {
    expect(escapeZplText('12 High Street, Leeds LS1 4AB')).toBe('12 High Street, Leeds LS1 4AB');
  });

  it('makes every _ in the output the start of a two-digit hex byte', () => {
    const escaped = escapeZplText(HOSTILE.join(' '));
    expect(escaped.replace(/_[0-9A-F]{2}/g, '')).not.toContain('_');
  });
});

describe('cleanFieldText', () => {
  it('removes control characters and unpaired surrogates and folds whitespace', () => {
    expect(cleanFieldText('A\u0000B\u0007C\u009bD\u007fE', 50)).toBe('ABCDE');
    expect(cleanFieldText('line one\r\nline\ttwo  ', 50)).toBe('line one line two');
    expect(cleanFieldText('lone \ud800 surrogate', 50)).toBe('lone  surrogate');
  });

  it('cuts long text to the maximum with an ellipsis, counting characters not code units', () => {
    expect(cleanFieldText('abcdefghij', 10)).toBe('abcdefghij');
    expect(cleanFieldText('abcdefghijk', 10)).toBe('abcdefghi\u2026');
    const cut = cleanFieldText('📦'.repeat(20), 5);
    expect([...cut]).toHaveLength(5);
    expect(cut).toBe('📦📦📦📦\u2026');
  });
});

describe('zplTextField', () => {
  it('wraps the escaped text in ^FH_^FD…^FS so the printer decodes the hex', () => {
    expect(zplTextField('Zoë ^', 40)).toBe('^FH_^FDZo_C3_AB _5E^FS');
  });
});
