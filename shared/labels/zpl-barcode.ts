import type { BarcodeSpec } from './shipping-label';
import { escapeZplText } from './zpl-escape';

/** Dots at 203 dpi mapped to the printer's resolution; every coordinate passes through one. */
export type Scale = (dotsAt203: number) => number;

/**
 * GS1-128 data for ^BC in mode N: start in subset C (>;), FNC1 (>8), then the digits in pairs; an
 * odd last digit is sent after a switch to subset B (>6) since subset C only encodes pairs.
 */
export function gs1128FieldData(elementString: string): string {
  const digits = elementString.replace(/[()]/g, '');
  const even = digits.length - (digits.length % 2);
  const tail = digits.length % 2 === 1 ? `>6${digits.slice(even)}` : '';
  return `>;>8${digits.slice(0, even)}${tail}`;
}

/** Code 128 data for ^BC in mode N: '>' starts an invocation code there, so it is sent as '><'. */
export function code128FieldData(data: string): string {
  return data.replace(/>/g, '><');
}

/**
 * Modules in a Code 128 symbol at most: start, one 11-module symbol per character (subset B) or
 * per digit pair (subset C, GS1-128 after FNC1), check and the 13-module stop.
 */
function code128Modules(spec: BarcodeSpec): number {
  const symbols =
    spec.symbology === 'gs1-128'
      ? 1 + Math.ceil(spec.data.replace(/[()]/g, '').length / 2) + 1
      : spec.data.length;
  return 11 + symbols * 11 + 11 + 13;
}

/**
 * The widest whole-dot module (^BY) that keeps the symbol inside `availableDots`, at most
 * `preferred`: a long tracking number prints narrower rather than off the edge of the label.
 */
export function fitModuleWidth(modules: number, availableDots: number, preferred: number): number {
  return Math.max(1, Math.min(preferred, Math.floor(availableDots / modules)));
}

/** QR byte-mode capacity at error correction L for versions 1–11 (ISO/IEC 18004 table 7). */
const QR_L_BYTE_CAPACITY = [17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321];
/** ECC 200 square sizes and how many ASCII text characters each holds (ISO/IEC 16022). */
const DATAMATRIX_SQUARES: readonly (readonly [size: number, chars: number])[] = [
  [10, 6],
  [12, 10],
  [14, 16],
  [16, 24],
  [18, 36],
  [20, 44],
  [22, 60],
  [24, 72],
  [26, 88],
  [32, 124],
  [36, 172],
  [40, 228],
  [44, 288],
  [48, 348],
];

/** Modules across the symbol a 2D barcode needs for its data, an upper bound so it always fits. */
export function twoDimensionalModules(spec: BarcodeSpec): number {
  const length = spec.data.length;
  if (spec.symbology === 'qr') {
    const version = QR_L_BYTE_CAPACITY.findIndex((capacity) => capacity >= length) + 1;
    return 17 + 4 * (version === 0 ? 14 : version);
  }
  return DATAMATRIX_SQUARES.find(([, chars]) => chars >= length)?.[0] ?? 64;
}

/**
 * The ZPL for one barcode with its top-left corner at (x, y) in 203-dpi dots. A 2D symbol is
 * square, so `height` bounds its width too.
 */
export function zplBarcode(
  spec: BarcodeSpec,
  at: { x: number; y: number; height: number; maxWidth: number },
  scale: Scale,
): string {
  const origin = `^FO${scale(at.x)},${scale(at.y)}`;
  const height = scale(at.height);
  const linear = (preferred: number) =>
    `^BY${fitModuleWidth(code128Modules(spec), scale(at.maxWidth), scale(preferred))}${origin}^BCN,${height},N,N,N,N`;
  switch (spec.symbology) {
    case 'code128':
      return `${linear(2)}^FH_^FD${escapeZplText(code128FieldData(spec.data))}^FS`;
    case 'gs1-128':
      return `${linear(3)}^FD${gs1128FieldData(spec.data)}^FS`;
    case 'qr':
      // Model 2; "LA," = error correction level L, automatic input mode, as ^BQ field data needs.
      return `${origin}^BQN,2,${fitModuleWidth(twoDimensionalModules(spec), height, scale(6))}^FH_^FDLA,${escapeZplText(spec.data)}^FS`;
    case 'datamatrix':
      return `${origin}^BXN,${fitModuleWidth(twoDimensionalModules(spec), height, scale(8))},200^FH_^FD${escapeZplText(spec.data)}^FS`;
  }
}
