import { z } from 'zod';

/** ASCII 29, the GS1 group separator that ends a variable-length element string field. */
export const GROUP_SEPARATOR = '\u001d';

export const TerminatorSchema = z.enum(['Enter', 'Tab']);
export type Terminator = z.infer<typeof TerminatorSchema>;

/**
 * How one keyboard-wedge scanner types. It is a station setting (so it lives here, where the
 * station's settings contract can use it), checked whenever it is read from storage or a form.
 */
export const ScannerProfileSchema = z
  .object({
    name: z.string().min(1, 'Give the scanner profile a name.'),
    /** Keys of one scan arrive closer together than this; a longer gap ends the burst. */
    maxInterKeyMs: z.number().int().min(5).max(500),
    /** Shorter bursts are typing, however fast (after prefix and suffix are stripped). */
    minLength: z.number().int().min(1).max(100),
    /** Empty: the scanner sends no terminator and a scan ends after `endIdleMs` of quiet. */
    terminators: z.array(TerminatorSchema).max(2),
    /** Quiet time that ends a scan when the scanner sends no terminator. */
    endIdleMs: z.number().int().min(5).max(2000),
    /** Text the scanner is configured to send before each barcode; stripped from `data`. */
    prefix: z.string().max(20),
    /** Text the scanner is configured to send after each barcode; stripped from `data`. */
    suffix: z.string().max(20),
    /**
     * A printable character the scanner sends instead of GS (some scanners cannot type Ctrl+]).
     * Null when the scanner types Ctrl+].
     */
    groupSeparatorSubstitute: z.string().length(1).nullable(),
  })
  .strict()
  .refine((profile) => profile.endIdleMs >= profile.maxInterKeyMs, {
    path: ['endIdleMs'],
    message: 'The idle time that ends a scan must be at least the longest gap between its keys.',
  });
export type ScannerProfile = z.infer<typeof ScannerProfileSchema>;

export const SCANNER_PRESET_NAMES = ['generic', 'zebra', 'honeywell'] as const;
export type ScannerPresetName = (typeof SCANNER_PRESET_NAMES)[number];

const GENERIC: ScannerProfile = {
  name: 'generic',
  maxInterKeyMs: 35,
  minLength: 4,
  terminators: ['Enter', 'Tab'],
  endIdleMs: 80,
  prefix: '',
  suffix: '',
  groupSeparatorSubstitute: null,
};

/** Typical factory timings: Zebra wedges type noticeably slower than Honeywell ones. */
export const SCANNER_PRESETS: Readonly<Record<ScannerPresetName, ScannerProfile>> = {
  generic: GENERIC,
  zebra: { ...GENERIC, name: 'zebra', maxInterKeyMs: 50, endIdleMs: 100 },
  honeywell: { ...GENERIC, name: 'honeywell', maxInterKeyMs: 20, endIdleMs: 60 },
};

export const DEFAULT_SCANNER_PROFILE: ScannerProfile = GENERIC;
