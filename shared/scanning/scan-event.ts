import { z } from 'zod';

/** Where a scan came from: a keyboard-wedge scanner, a serial (USB-COM) scanner, or a camera. */
export const SCAN_SOURCES = ['wedge', 'serial', 'camera'] as const;
export const ScanSourceSchema = z.enum(SCAN_SOURCES);
export type ScanSource = z.infer<typeof ScanSourceSchema>;

/**
 * One scan, the same from every source. `content` is what the barcode holds, GS1 group
 * separators kept as U+001D; `aim` the AIM symbology identifier that preceded it, when the
 * scanner sends one (`]C1` GS1-128, `]d2` GS1 DataMatrix, `]Q3` GS1 QR, `]e0` GS1 DataBar).
 */
export const ScanEventSchema = z.strictObject({
  content: z
    .string()
    .min(1, 'The scan was empty')
    .max(512, 'A scan is at most 512 characters; this was not a barcode'),
  aim: z
    .string()
    .regex(/^\][A-Za-z][0-9A-Za-z]$/, 'An AIM identifier is "]", a letter and a modifier')
    .nullable(),
  source: ScanSourceSchema,
  /** The scanner's name or port, for the record; empty for the keyboard. */
  device: z.string().max(100).default(''),
  at: z.iso.datetime(),
});
export type ScanEvent = z.infer<typeof ScanEventSchema>;
export type ScanEventInput = z.input<typeof ScanEventSchema>;

/** How the floor is told the outcome of a scan: colour, sound and big words. */
export const SCAN_VERDICTS = ['right', 'wrong', 'done', 'info'] as const;
export const ScanVerdictSchema = z.enum(SCAN_VERDICTS);
export type ScanVerdict = z.infer<typeof ScanVerdictSchema>;

export const ScanFeedbackSchema = z.object({
  verdict: ScanVerdictSchema,
  /** Two to five words, shown large: "Bin A-01-03", "Wrong item", "Order complete". */
  title: z.string(),
  /** One sentence on what to do next or why it was refused. */
  detail: z.string(),
});
export type ScanFeedback = z.infer<typeof ScanFeedbackSchema>;
