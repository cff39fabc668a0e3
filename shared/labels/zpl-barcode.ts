import type { BarcodeSpec } from './shipping-label';
import { code128FieldData, code128SymbolCount, gs1128FieldData } from './gs1-128-data';
import { escapeZplText } from './zpl-escape';

/** Dots at 203 dpi mapped to the printer's resolution; every coordinate passes through one. */
export type Scale = (dotsAt203: number) => number;

/**
 * Modules in a Code 128 symbol: the 11-module start, one 11-module symbol per character, digit
 * pair or invocation code, the check symbol and the 13-module stop.
 */
function code128Modules(fieldData: string): number {
  return 11 + code128SymbolCount(fieldData) * 11 + 11 + 13;
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
/**
 * ECC 200 square sizes and their data codewords (ISO/IEC 16022 table 7). In ASCII encodation a
 * printable character takes at most one codeword (two digits share one), so a symbol with at
 * least as many codewords as the data has characters always holds it. (The larger "numeric
 * capacity" figures only hold for all-digit data: using them drew alphanumeric tracking data in a
 * bigger symbol than planned, touching the rule below it.)
 */
const DATAMATRIX_SQUARES: readonly (readonly [size: number, codewords: number])[] = [
  [10, 3],
  [12, 5],
  [14, 8],
  [16, 12],
  [18, 18],
  [20, 22],
  [22, 30],
  [24, 36],
  [26, 44],
  [32, 62],
  [36, 86],
  [40, 114],
  [44, 144],
  [48, 174],
  [52, 204],
  [64, 280],
  [72, 368],
];

/** Modules across the symbol a 2D barcode needs for its data, an upper bound so it always fits. */
export function twoDimensionalModules(spec: BarcodeSpec): number {
  const length = spec.data.length;
  if (spec.symbology === 'qr') {
    const version = QR_L_BYTE_CAPACITY.findIndex((capacity) => capacity >= length) + 1;
    return 17 + 4 * (version === 0 ? 14 : version);
  }
  return DATAMATRIX_SQUARES.find(([, codewords]) => codewords >= length)?.[0] ?? 72;
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
  const linear = (fieldData: string, preferred: number) =>
    `^BY${fitModuleWidth(code128Modules(fieldData), scale(at.maxWidth), scale(preferred))}${origin}^BCN,${height},N,N,N,N`;
  switch (spec.symbology) {
    case 'code128': {
      const data = code128FieldData(spec.data);
      return `${linear(data, 2)}^FH_^FD${escapeZplText(data)}^FS`;
    }
    case 'gs1-128': {
      const data = gs1128FieldData(spec.data);
      return `${linear(data, 3)}^FD${data}^FS`;
    }
    case 'qr':
      // Model 2; "LA," = error correction level L, automatic input mode, as ^BQ field data needs.
      // Zebra printers (and the previewer) draw ^BQ 10 dots below its ^FO, so it has that less.
      return `${origin}^BQN,2,${fitModuleWidth(twoDimensionalModules(spec), height - scale(10), scale(6))}^FH_^FDLA,${escapeZplText(spec.data)}^FS`;
    case 'datamatrix':
      return `${origin}^BXN,${fitModuleWidth(twoDimensionalModules(spec), height, scale(8))},200^FH_^FD${escapeZplText(spec.data)}^FS`;
  }
}
