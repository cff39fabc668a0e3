import { z } from 'zod';
import { countryName, isKnownCountry } from '../domain/countries';
import { LabelError } from './label-error';
import type { LabelAddress, ShippingLabel } from './shipping-label';
import { parseShippingLabel } from './shipping-label';
import { gs1128FieldData } from './gs1-128-data';
import { type Scale, zplBarcode } from './zpl-barcode';
import { cleanFieldText, zplTextField } from './zpl-escape';

export const zplOptionsSchema = z.object({
  dpi: z.union([z.literal(203), z.literal(300)]),
  /**
   * A Unicode TrueType font stored on the printer, e.g. 'E:ANMDS.TTF'. The resident font 0 has
   * Latin glyphs only, so names in Chinese, Arabic, … need one to print as more than boxes.
   */
  textFont: z
    .string()
    .regex(
      /^[REBA]:[A-Z0-9_-]{1,16}\.TTF$/i,
      "textFont must be a printer font path like 'E:ANMDS.TTF'",
    )
    .optional(),
});
export type ZplOptions = z.infer<typeof zplOptionsSchema>;

/** The font letter ^CW assigns to `textFont`; 1 is not a resident font, so nothing is replaced. */
const TEXT_FONT_ID = '1';

/** A 4×6 inch label; the layout below is drawn in 203-dpi dots and scaled to the printer. */
const WIDTH_203 = 812;
const HEIGHT_203 = 1218;
const MARGIN = 30;

/** How text is drawn on this label: the dpi scale, the font letter and its width. */
interface Pen {
  scale: Scale;
  font: string;
  /**
   * A generous average character advance in ems, used to shrink text to fit its column: font 0
   * is a condensed face (about 0.5 em); a Unicode TrueType font on the printer is usually a
   * regular-width face such as Andale Mono or a bold sans (about 0.6–0.7 em).
   */
  em: number;
}

/** Text no smaller than this (2.5 mm at 203 dpi) stays readable to a courier. */
const MIN_TEXT = 20;
/** From the left margin to the right-hand column at x = 470, less a gap. */
const LEFT_COLUMN = 425;
/** From the right-hand column to the right margin. */
const RIGHT_COLUMN = WIDTH_203 - 470 - MARGIN;
const FULL_WIDTH = WIDTH_203 - 2 * MARGIN;

/** The largest size up to `size` at which `chars` characters fit in `width` dots. */
function fitSize(pen: Pen, size: number, chars: number, width: number): number {
  return Math.max(MIN_TEXT, Math.min(size, Math.floor(width / (Math.max(1, chars) * pen.em))));
}

function text(
  pen: Pen,
  at: { x: number; y: number; size: number; width: number },
  value: string,
  max: number,
): string {
  const size = fitSize(pen, at.size, [...cleanFieldText(value, max)].length, at.width);
  const heightAndWidth = `${pen.scale(size)},${pen.scale(size)}`;
  return `^FO${pen.scale(at.x)},${pen.scale(at.y)}^A${pen.font}N,${heightAndWidth}${zplTextField(value, max)}`;
}

function rule(scale: Scale, y: number): string {
  return `^FO0,${scale(y)}^GB${scale(WIDTH_203)},${scale(3)},${scale(3)}^FS`;
}

function addressBlock(
  pen: Pen,
  address: LabelAddress,
  at: { x: number; y: number; bottom: number; size: number; max: number; width: number },
): string[] {
  const lines = [
    address.name,
    ...(address.company ? [address.company] : []),
    ...address.lines,
    [address.postcode, address.city].filter((part) => part !== '').join(' '),
    // The destination country last and in capitals, as postal services ask; the code when unknown.
    isKnownCountry(address.country) ? countryName(address.country).toUpperCase() : address.country,
  ];
  // A long address prints smaller rather than over the next block, and the block keeps one size
  // so its widest line stays inside the label.
  const widest = Math.max(...lines.map((line) => [...cleanFieldText(line, at.max)].length));
  const size = Math.min(
    fitSize(pen, at.size, widest, at.width),
    Math.floor((at.bottom - at.y) / (lines.length * 1.2)),
  );
  const step = Math.round(size * 1.2);
  return lines.map((line, i) =>
    text(pen, { x: at.x, y: at.y + i * step, size, width: at.width }, line, at.max),
  );
}

function formatWeight(grams: number): string {
  return `${(grams / 1000).toFixed(2)} kg`;
}

/**
 * The SSCC of a logistic unit as GS1-128 (AI 00) with its bracketed human-readable line. ^BY4 is
 * 0.5 mm at 203 dpi, inside GS1's 0.495–1.016 mm X-dimension for logistic labels; the height is
 * what a 6-inch label leaves (25 mm, under GS1's 32 mm recommendation but readable by scanners).
 */
function ssccBlock(pen: Pen, sscc: string, y: number): string[] {
  const { scale } = pen;
  return [
    `^BY${scale(4)}^FO${scale(90)},${scale(y)}^BCN,${scale(200)},N,N,N,N^FD${gs1128FieldData(`00${sscc}`)}^FS`,
    text(pen, { x: 90, y: y + 210, size: 28, width: FULL_WIDTH }, `(00) ${sscc}`, 30),
  ];
}

/**
 * Renders the label as ZPL II for a 4×6 inch Zebra label at 203 or 300 dpi. The model is
 * validated first, so a bad label is refused with a message instead of printing nonsense.
 */
export function renderZpl(input: ShippingLabel, rawOptions: ZplOptions): string {
  const label = parseShippingLabel(input);
  const parsed = zplOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new LabelError('INVALID_LABEL', `The label printer settings are wrong: ${problems}`);
  }
  const options = parsed.data;
  const scale: Scale = (dots) => Math.round((dots * options.dpi) / 203);
  const pen: Pen = options.textFont
    ? { scale, font: TEXT_FONT_ID, em: 0.7 }
    : { scale, font: '0', em: 0.55 };
  const left = (y: number, size: number) => ({ x: MARGIN, y, size, width: LEFT_COLUMN });
  const right = (y: number, size: number) => ({ x: 470, y, size, width: RIGHT_COLUMN });
  const full = (y: number, size: number) => ({ x: MARGIN, y, size, width: FULL_WIDTH });
  const trackingData = label.trackingBarcode.data;
  const is2d =
    label.trackingBarcode.symbology === 'qr' || label.trackingBarcode.symbology === 'datamatrix';

  const parts = [
    '^XA',
    '^CI28',
    `^PW${scale(WIDTH_203)}`,
    `^LL${scale(HEIGHT_203)}`,
    ...(options.textFont ? [`^CW${TEXT_FONT_ID},${options.textFont}`] : []),
    '^LH0,0',
    text(pen, left(25, 20), 'FROM:', 10),
    ...addressBlock(pen, label.shipFrom, { ...left(50, 22), bottom: 210, max: 36 }),
    text(pen, right(30, 44), label.carrier.name, 14),
    text(pen, right(85, 28), label.carrier.service, 22),
    rule(pen.scale, 215),
    text(pen, left(230, 24), 'SHIP TO:', 10),
    ...addressBlock(pen, label.shipTo, { ...full(265, 38), bottom: 580, max: 34 }),
    rule(pen.scale, 590),
    text(pen, left(610, 34), `Parcel ${label.parcel.index} of ${label.parcel.count}`, 24),
    text(pen, right(610, 34), formatWeight(label.weightGrams), 14),
    text(pen, left(655, 26), `Ref: ${label.reference}`, 40),
    text(pen, right(655, 26), label.date, 10),
    rule(pen.scale, 700),
    text(pen, full(715, 24), `Tracking: ${label.trackingNumber}`, 50),
    zplBarcode(
      label.trackingBarcode,
      {
        x: is2d ? 280 : MARGIN,
        y: 750,
        // A 2D symbol keeps about 40 dots of quiet zone above the rule at 935 (QR asks for 4
        // modules; at 175 dots a DataMatrix or QR touched the rule in the rendered preview).
        height: is2d ? 165 : 130,
        maxWidth: WIDTH_203 - 2 * MARGIN,
      },
      scale,
    ),
  ];
  if (!is2d) parts.push(text(pen, full(890, 26), trackingData, 50));
  if (label.sscc) parts.push(rule(pen.scale, 935), ...ssccBlock(pen, label.sscc, 955));
  parts.push('^XZ');
  return `${parts.join('\n')}\n`;
}
