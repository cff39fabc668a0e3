/**
 * Which characters a TrueType font can draw, read from its `cmap` table. pdfkit draws a missing
 * glyph as an empty box without complaint; knowing coverage lets the slip substitute a visible
 * marker instead and lets tests prove a name really renders.
 */
export type CoversCodePoint = (codePoint: number) => boolean;

export function readFontCoverage(ttf: Uint8Array): CoversCodePoint {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const cmap = findTable(view, 'cmap');
  const subtableCount = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < subtableCount; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) return format12Coverage(view, format12);
  if (format4 !== undefined) return format4Coverage(view, format4);
  throw new Error('The font has no Unicode character map');
}

function findTable(view: DataView, tag: string): number {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`The font has no ${tag} table; is it a TrueType file?`);
}

function format12Coverage(view: DataView, at: number): CoversCodePoint {
  const groups = view.getUint32(at + 12);
  return (codePoint) => {
    for (let i = 0; i < groups; i++) {
      const group = at + 16 + i * 12;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      if (codePoint < start) return false;
      if (codePoint <= end) return view.getUint32(group + 8) + (codePoint - start) !== 0;
    }
    return false;
  };
}

function format4Coverage(view: DataView, at: number): CoversCodePoint {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return false;
      const delta = view.getUint16(deltas + i * 2);
      const rangeAt = rangeOffsets + i * 2;
      const rangeOffset = view.getUint16(rangeAt);
      if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
      const glyph = view.getUint16(rangeAt + rangeOffset + (codePoint - start) * 2);
      return glyph !== 0;
    }
    return false;
  };
}

/**
 * The text with every character the font cannot draw replaced by `marker`, and which ones were.
 * Whole code points are checked, so a CJK character or an emoji becomes one marker, not two.
 */
export function substituteMissing(
  text: string,
  covers: CoversCodePoint,
  marker: string,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x20) out += ' ';
    else if (covers(codePoint)) out += char;
    else {
      missing.push(char);
      out += marker;
    }
  }
  return { text: out, missing };
}
