import { WharfError, issuesFromZod } from '../../shared/contract/errors';
import { ScannerProfileSchema, type ScannerProfile } from '../../shared/scanning/scanner-profile';

// The profile's shape is a station setting, so it lives in shared/; re-exported so the
// renderer's scanning code keeps one place to import it from.
export {
  DEFAULT_SCANNER_PROFILE,
  GROUP_SEPARATOR,
  SCANNER_PRESETS,
  SCANNER_PRESET_NAMES,
  ScannerProfileSchema,
  TerminatorSchema,
} from '../../shared/scanning/scanner-profile';
export type {
  ScannerPresetName,
  ScannerProfile,
  Terminator,
} from '../../shared/scanning/scanner-profile';

/** Reads a stored or entered profile; a bad one is refused with what to fix. */
export function parseScannerProfile(input: unknown): ScannerProfile {
  const result = ScannerProfileSchema.safeParse(input);
  if (!result.success) {
    throw new WharfError(
      'BAD_REQUEST',
      'This scanner profile cannot be used; correct the settings listed and save it again.',
      { issues: issuesFromZod(result.error) },
    );
  }
  return result.data;
}
