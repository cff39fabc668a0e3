import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LabelError } from '../../../../../shared/labels/label-error';
import { SOURCE_FONTS_DIR } from '../../../services/pack/packing-slip/slip-fonts';

/**
 * A TrueType font the label printer has stored at `path` (as `renderZpl`'s `textFont` names it).
 * The previewer has no printer memory, so the font is sent ahead of the label with ~DU, the
 * command that downloads a TrueType font to a Zebra; ^CW in the label then finds it as it would
 * on the printer. Without this, the preview falls back to font 0, which has no Greek, Cyrillic
 * or CJK glyphs, and shows boxes the printer would not print.
 */
export const printerFontSchema = z.strictObject({
  path: z
    .string()
    .regex(/^[REBA]:[A-Z0-9_-]{1,16}\.TTF$/i, "a printer font path looks like 'E:ANMDS.TTF'"),
  ttf: z.instanceof(Buffer).refine((ttf) => ttf.length > 0, 'the font file is empty'),
});
export type PrinterFont = z.infer<typeof printerFontSchema>;

/** ~DU<path>,<bytes>,<hex>: the font as ZPL, to go before ^XA. */
export function downloadFontCommand(font: PrinterFont): string {
  return `~DU${font.path},${font.ttf.length},${font.ttf.toString('hex').toUpperCase()}\n`;
}

/**
 * DejaVu Sans Bold (shipped in resources/fonts for the packing slip) standing in for the
 * printer's Unicode font in previews: Latin, Greek and Cyrillic, but no CJK — a name in Chinese
 * or Japanese still previews as boxes, as it would print from a font without those glyphs.
 */
export async function previewStandInFont(
  path: string,
  fontsDir: string = SOURCE_FONTS_DIR,
): Promise<PrinterFont> {
  const file = join(fontsDir, 'DejaVuSans-Bold.ttf');
  let ttf: Buffer;
  try {
    ttf = await readFile(file);
  } catch (cause) {
    throw new LabelError(
      'UNRENDERABLE_ZPL',
      `The label preview cannot stand in for the printer font ${path}: ${file} cannot be read (${cause instanceof Error ? cause.message : String(cause)}). Restore the station's resources/fonts folder.`,
    );
  }
  return { path, ttf };
}
