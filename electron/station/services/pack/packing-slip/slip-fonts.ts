import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WharfError } from '../../../../../shared/contract/errors';
import { readFontCoverage, substituteMissing, type CoversCodePoint } from './font-coverage';

/**
 * The repository's fonts, for the browser host and tests running from source. The packaged app
 * passes `<resourcesPath>/resources/fonts` (electron-builder's extraResources) instead, because
 * the bundled main process no longer sits beside this file.
 */
export const SOURCE_FONTS_DIR = fileURLToPath(
  new URL('../../../../../resources/fonts', import.meta.url),
);

/**
 * DejaVu Sans: Latin, Greek, Cyrillic and much more, but no Chinese, Japanese or Korean. Those
 * print as MISSING_GLYPH_MARKER rather than as empty boxes, so a packer can see a name was not
 * printable instead of mistaking blanks for a typo. A CJK-capable font (Noto Sans CJK, ~16 MB)
 * would be the fix if a site ships to those customers.
 */
export const SLIP_FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export const MISSING_GLYPH_MARKER = '?';

export type SlipFontStyle = keyof typeof SLIP_FONT_FILES;

export interface SlipFont {
  file: Buffer;
  covers: CoversCodePoint;
}
export type SlipFonts = Record<SlipFontStyle, SlipFont>;

const loaded = new Map<string, Promise<SlipFont>>();

async function loadFont(path: string): Promise<SlipFont> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (cause) {
    throw new WharfError(
      'UNAVAILABLE',
      `Packing slips cannot be printed: the font ${path} is missing (${errorText(cause)}). ` +
        'Reinstall the station or restore its resources/fonts folder.',
    );
  }
  return { file, covers: readFontCoverage(file) };
}

const errorText = (cause: unknown): string =>
  cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);

/** Reads (once per path, then from memory) the slip's two fonts from `fontsDir`. */
export async function loadSlipFonts(fontsDir: string = SOURCE_FONTS_DIR): Promise<SlipFonts> {
  const get = (style: SlipFontStyle): Promise<SlipFont> => {
    const path = join(fontsDir, SLIP_FONT_FILES[style]);
    let font = loaded.get(path);
    if (font === undefined) {
      font = loadFont(path);
      // A failed read is not cached, so fixing the folder does not need a restart.
      font.catch(() => loaded.delete(path));
      loaded.set(path, font);
    }
    return font;
  };
  const [regular, bold] = await Promise.all([get('regular'), get('bold')]);
  return { regular, bold };
}

/** `text` as the font can draw it. */
export function printable(fonts: SlipFonts, style: SlipFontStyle, text: string): string {
  return substituteMissing(text, fonts[style].covers, MISSING_GLYPH_MARKER).text;
}
