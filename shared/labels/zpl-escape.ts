/**
 * Field data for ZPL. Every label field is sent as `^FH_^FD…^FS` under `^CI28` (UTF-8): any byte
 * that is not safe printable ASCII — including ^ ~ _ \ themselves — is written as _XX, the hex of
 * its UTF-8 bytes, so no customer name can end a field early or start a command.
 */

const HEX_INDICATOR = '_';
const ELLIPSIS = '\u2026';

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isLoneSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** Characters that are printable ASCII and mean nothing special to ZPL or to ^FH. */
function isSafeAscii(codePoint: number): boolean {
  return (
    codePoint >= 0x20 && codePoint <= 0x7e && !'^~_\\'.includes(String.fromCodePoint(codePoint))
  );
}

/** UTF-8 by hand: shared/ has no TextEncoder (it runs without Node or DOM libraries). */
export function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}

/**
 * Removes control characters and unpaired surrogates, collapses runs of whitespace, and cuts the
 * text to `maxLength` characters (code points) ending in an ellipsis when it was longer.
 */
export function cleanFieldText(value: string, maxLength: number): string {
  const codePoints: number[] = [];
  for (const char of value.replace(/\s+/g, ' ').trim()) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isControl(codePoint) && !isLoneSurrogate(codePoint)) codePoints.push(codePoint);
  }
  const cut =
    codePoints.length > maxLength
      ? [...codePoints.slice(0, Math.max(0, maxLength - 1)), ELLIPSIS.codePointAt(0) ?? 0]
      : codePoints;
  return String.fromCodePoint(...cut);
}

/** The text as ZPL field data for use after `^FH_`: safe ASCII as is, everything else as _XX. */
export function escapeZplText(value: string): string {
  let out = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isSafeAscii(codePoint)) {
      out += char;
    } else {
      for (const byte of utf8Bytes(codePoint)) {
        out += HEX_INDICATOR + byte.toString(16).toUpperCase().padStart(2, '0');
      }
    }
  }
  return out;
}

/** A complete escaped field: `^FH_^FD<data>^FS`, the text cleaned and cut to `maxLength`. */
export function zplTextField(value: string, maxLength: number): string {
  return `^FH${HEX_INDICATOR}^FD${escapeZplText(cleanFieldText(value, maxLength))}^FS`;
}
