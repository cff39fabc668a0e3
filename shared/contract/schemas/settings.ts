import { z } from 'zod';

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
  updatedAt: z.iso.datetime().nullable(),
});
export type StationSettings = z.infer<typeof StationSettingsSchema>;

export const SettingsUpdateSchema = z
  .object({
    stationName: StationNameSchema.optional(),
    theme: ThemeSchema.optional(),
  })
  .strict()
  .refine((patch) => patch.stationName !== undefined || patch.theme !== undefined, {
    message: 'Say what to change: stationName, theme or both',
  });
export type SettingsUpdate = z.infer<typeof SettingsUpdateSchema>;
