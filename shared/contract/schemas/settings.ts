import { z } from 'zod';
import {
  DEFAULT_SCANNER_PROFILE,
  ScannerProfileSchema,
  type ScannerProfile,
} from '../../scanning/scanner-profile';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

/** A station name is shown on labels and screens across the floor: short, printable, no edges. */
export const StationNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the station a name', abort: true })
  .max(40, 'Keep the station name to 40 characters or fewer')
  .regex(/^[\p{L}\p{N} ._\-#/()]+$/u, 'Use letters, digits, spaces and . _ - # / ( ) only');

export const StationSettingsSchema = z.object({
  stationName: z.string(),
  theme: ThemeSchema,
  /**
   * How this station's keyboard-wedge scanner types. The station always sends it; it is optional
   * only so answers from before scanner profiles still parse: read it with `wedgeProfileOf`.
   */
  scannerProfile: ScannerProfileSchema.optional(),
  updatedAt: z.iso.datetime().nullable(),
});
export type StationSettings = z.infer<typeof StationSettingsSchema>;

export const SettingsUpdateSchema = z
  .object({
    stationName: StationNameSchema.optional(),
    theme: ThemeSchema.optional(),
    scannerProfile: ScannerProfileSchema.optional(),
  })
  .strict()
  .refine(
    (patch) =>
      patch.stationName !== undefined ||
      patch.theme !== undefined ||
      patch.scannerProfile !== undefined,
    { message: 'Say what to change: stationName, theme, scannerProfile or several' },
  );
export type SettingsUpdate = z.infer<typeof SettingsUpdateSchema>;

/** The wedge profile the station's settings name, or the generic one when they name none. */
export function wedgeProfileOf(settings: Pick<StationSettings, 'scannerProfile'>): ScannerProfile {
  return settings.scannerProfile ?? DEFAULT_SCANNER_PROFILE;
}
