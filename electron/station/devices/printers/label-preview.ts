import { z } from 'zod';
import { LabelError } from '../../../../shared/labels/label-error';
import { downloadFontCommand, printerFontSchema } from './preview/printer-fonts';
import { renderZplToBase64 } from './preview/zpl-renderer';

export const labelPreviewOptionsSchema = z.strictObject({
  dpi: z.union([z.literal(203), z.literal(300)]),
  /**
   * Fonts the printer has stored, e.g. the Unicode TrueType font a label's `textFont` names; see
   * preview/printer-fonts.ts. Each adds about a second to the preview.
   */
  printerFonts: z.array(printerFontSchema).max(4).default([]),
});
export type LabelPreviewOptions = z.input<typeof labelPreviewOptionsSchema>;

/** A 4×6 inch shipping label. */
const LABEL_WIDTH_MM = 101.6;
const LABEL_HEIGHT_MM = 152.4;
/**
 * Zebra's "300 dpi" heads are 12 dots/mm (304.8 dpi) and its 203 dpi heads 8 dots/mm, so the
 * preview uses the printer's own dot grid and every ZPL coordinate lands where it will print.
 */
const DOTS_PER_MM = { 203: 8, 300: 12 } as const;
/** Far above any label (a 4×6 label with a downloaded Unicode font is about 2 MB of hex). */
const MAX_ZPL_CHARS = 8_000_000;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function refuse(message: string): LabelError {
  return new LabelError('UNRENDERABLE_ZPL', `The label preview cannot be drawn: ${message}`);
}

/**
 * Renders a ZPL label offline to a 4×6 PNG for the Ship screen's preview, on the same dot grid
 * as the printer. Refuses text that is not a ZPL label (no ^XA … ^XZ) and labels the renderer
 * cannot parse with a LabelError coded UNRENDERABLE_ZPL; only the first label of several is drawn.
 */
export async function renderLabelPng(zpl: string, options: LabelPreviewOptions): Promise<Buffer> {
  const parsed = labelPreviewOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw refuse(`the preview settings are wrong (${problems.join('; ')}); dpi must be 203 or 300`);
  }
  if (typeof zpl !== 'string' || zpl.length > MAX_ZPL_CHARS) {
    throw refuse(`the label must be ZPL text of at most ${MAX_ZPL_CHARS} characters`);
  }
  const start = zpl.search(/\^XA/i);
  if (start === -1 || zpl.slice(start).search(/\^XZ/i) === -1) {
    throw refuse('this is not a ZPL label: it must start with ^XA and end with ^XZ');
  }
  let base64: string;
  try {
    const fonts = parsed.data.printerFonts.map(downloadFontCommand).join('');
    base64 = await renderZplToBase64(`${fonts}${zpl}`, {
      widthMm: LABEL_WIDTH_MM,
      heightMm: LABEL_HEIGHT_MM,
      dpmm: DOTS_PER_MM[parsed.data.dpi],
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    // Zebrash says this when no field between ^XA and ^XZ draws anything.
    const reason = message === 'No labels parsed' ? 'it has no fields to draw' : message;
    throw new LabelError(
      'UNRENDERABLE_ZPL',
      `The label preview cannot be drawn: the ZPL renderer refused the label (${reason}). The label itself may still print; check its ZPL.`,
    );
  }
  const png = Buffer.from(base64, 'base64');
  if (!png.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    throw refuse('the ZPL renderer produced no image');
  }
  return png;
}
