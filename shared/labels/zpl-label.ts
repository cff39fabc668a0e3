import { z } from 'zod';
import { countryName, isKnownCountry } from '../domain/countries';
import { LabelError } from './label-error';
import type { LabelAddress, ShippingLabel } from './shipping-label';
import { parseShippingLabel } from './shipping-label';
import { type Scale, gs1128FieldData, zplBarcode } from './zpl-barcode';
import { zplTextField } from './zpl-escape';

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

/** How text is drawn on this label: the dpi scale and the font letter. */
interface Pen {
  scale: Scale;
  font: string;
}

function text(pen: Pen, x: number, y: number, size: number, value: string, max: number): string {
  const heightAndWidth = `${pen.scale(size)},${pen.scale(size)}`;
  return `^FO${pen.scale(x)},${pen.scale(y)}^A${pen.font}N,${heightAndWidth}${zplTextField(value, max)}`;
}

function rule(scale: Scale, y: number): string {
  return `^FO0,${scale(y)}^GB${scale(WIDTH_203)},${scale(3)},${scale(3)}^FS`;
}

function addressBlock(
  pen: Pen,
  address: LabelAddress,
  at: { x: number; y: number; bottom: number; size: number; max: number },
): string[] {
  const lines = [
    address.name,
    ...(address.company ? [address.company] : []),
    ...address.lines,
    [address.postcode, address.city].filter((part) => part !== '').join(' '),
    // The destination country last and in capitals, as postal services ask; the code when unknown.
    isKnownCountry(address.country) ? countryName(address.country).toUpperCase() : address.country,
  ];
  // A long address prints smaller rather than over the next block.
  const size = Math.min(at.size, Math.floor((at.bottom - at.y) / (lines.length * 1.2)));
  const step = Math.round(size * 1.2);
  return lines.map((line, i) => text(pen, at.x, at.y + i * step, size, line, at.max));
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
    text(pen, 90, y + 210, 28, `(00) ${sscc}`, 30),
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
  const pen: Pen = { scale, font: options.textFont ? TEXT_FONT_ID : '0' };
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
    text(pen, MARGIN, 25, 20, 'FROM:', 10),
    ...addressBlock(pen, label.shipFrom, { x: MARGIN, y: 50, bottom: 210, size: 22, max: 36 }),
    text(pen, 470, 30, 44, label.carrier.name, 14),
    text(pen, 470, 85, 28, label.carrier.service, 22),
    rule(pen.scale, 215),
    text(pen, MARGIN, 230, 24, 'SHIP TO:', 10),
    ...addressBlock(pen, label.shipTo, { x: MARGIN, y: 265, bottom: 580, size: 38, max: 34 }),
    rule(pen.scale, 590),
    text(pen, MARGIN, 610, 34, `Parcel ${label.parcel.index} of ${label.parcel.count}`, 24),
    text(pen, 470, 610, 34, formatWeight(label.weightGrams), 14),
    text(pen, MARGIN, 655, 26, `Ref: ${label.reference}`, 40),
    text(pen, 470, 655, 26, label.date, 10),
    rule(pen.scale, 700),
    text(pen, MARGIN, 715, 24, `Tracking: ${label.trackingNumber}`, 50),
    zplBarcode(
      label.trackingBarcode,
      {
        x: is2d ? 280 : MARGIN,
        y: 750,
        height: is2d ? 175 : 130,
        maxWidth: WIDTH_203 - 2 * MARGIN,
      },
      scale,
    ),
  ];
  if (!is2d) parts.push(text(pen, MARGIN, 890, 26, trackingData, 50));
  if (label.sscc) parts.push(rule(pen.scale, 935), ...ssccBlock(pen, label.sscc, 955));
  parts.push('^XZ');
  return `${parts.join('\n')}\n`;
}
