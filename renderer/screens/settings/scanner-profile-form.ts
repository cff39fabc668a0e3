import {
  SCANNER_PRESETS,
  SCANNER_PRESET_NAMES,
  ScannerProfileSchema,
  type ScannerPresetName,
  type ScannerProfile,
  type Terminator,
} from '../../../shared/scanning/scanner-profile';

export type ProfileChoice = ScannerPresetName | 'custom';
export const CUSTOM_PROFILE_NAME = 'custom';

/** What the scanner sends after a barcode, as the person picks it. */
export const TERMINATOR_CHOICES = ['enter-or-tab', 'enter', 'tab', 'none'] as const;
export type TerminatorChoice = (typeof TERMINATOR_CHOICES)[number];

/** The custom-profile fields as typed: numbers stay text until they are checked. */
export interface ScannerProfileForm {
  readonly prefix: string;
  readonly suffix: string;
  readonly terminator: TerminatorChoice;
  /** Empty: the scanner types a real GS (Ctrl+]). */
  readonly groupSeparatorSubstitute: string;
  readonly maxInterKeyMs: string;
  readonly endIdleMs: string;
  readonly minLength: string;
}
export type ProfileField = keyof ScannerProfileForm;
export type ProfileFieldErrors = Partial<Record<ProfileField, string>>;

export type ProfileFormCheck =
  | { readonly ok: true; readonly profile: ScannerProfile }
  | { readonly ok: false; readonly errors: ProfileFieldErrors };

/** The preset a profile is, setting for setting, or `custom`. */
export function choiceOf(profile: ScannerProfile): ProfileChoice {
  const preset = SCANNER_PRESET_NAMES.find((name) => isSameProfile(SCANNER_PRESETS[name], profile));
  return preset ?? 'custom';
}

export function profileToForm(profile: ScannerProfile): ScannerProfileForm {
  return {
    prefix: profile.prefix,
    suffix: profile.suffix,
    terminator: terminatorChoiceOf(profile.terminators),
    groupSeparatorSubstitute: profile.groupSeparatorSubstitute ?? '',
    maxInterKeyMs: String(profile.maxInterKeyMs),
    endIdleMs: String(profile.endIdleMs),
    minLength: String(profile.minLength),
  };
}

/** The profile a choice saves: a preset as shipped, or the custom fields once they pass. */
export function profileFromChoice(
  choice: ProfileChoice,
  form: ScannerProfileForm,
): ProfileFormCheck {
  if (choice !== 'custom') return { ok: true, profile: SCANNER_PRESETS[choice] };
  return formToProfile(form);
}

/** Checks every field, so the person sees all there is to fix at once. */
export function formToProfile(form: ScannerProfileForm): ProfileFormCheck {
  const errors: ProfileFieldErrors = {};
  const maxInterKeyMs = wholeNumber(
    form.maxInterKeyMs,
    [5, 500, 'ms'],
    'The longest gap between keys',
  );
  const endIdleMs = wholeNumber(form.endIdleMs, [5, 2000, 'ms'], 'The quiet time that ends a scan');
  const minLength = wholeNumber(form.minLength, [1, 100, 'characters'], 'The shortest barcode');
  if (typeof maxInterKeyMs === 'string') errors.maxInterKeyMs = maxInterKeyMs;
  if (typeof endIdleMs === 'string') errors.endIdleMs = endIdleMs;
  if (typeof minLength === 'string') errors.minLength = minLength;
  if (form.prefix.length > 20) errors.prefix = 'Keep the prefix to 20 characters or fewer';
  if (form.suffix.length > 20) errors.suffix = 'Keep the suffix to 20 characters or fewer';
  if ([...form.groupSeparatorSubstitute].length > 1) {
    errors.groupSeparatorSubstitute =
      'One character only, the one the scanner sends in place of GS; leave it empty if it sends GS';
  }
  if (
    typeof maxInterKeyMs === 'number' &&
    typeof endIdleMs === 'number' &&
    endIdleMs < maxInterKeyMs
  ) {
    errors.endIdleMs = `The quiet time that ends a scan must be at least the longest gap between keys (${maxInterKeyMs} ms)`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // The station's own rule has the last word; anything it still finds is shown by its field.
  const parsed = ScannerProfileSchema.safeParse({
    name: CUSTOM_PROFILE_NAME,
    maxInterKeyMs,
    endIdleMs,
    minLength,
    terminators: terminatorsOf(form.terminator),
    prefix: form.prefix,
    suffix: form.suffix,
    groupSeparatorSubstitute:
      form.groupSeparatorSubstitute === '' ? null : form.groupSeparatorSubstitute,
  });
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** Maps the station's issue paths (`scannerProfile.endIdleMs` or `endIdleMs`) to form fields. */
export function fieldErrorsFromIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> | string; message: string }>,
): ProfileFieldErrors {
  const errors: ProfileFieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const field = fieldOfSetting(path.filter((part) => part !== 'scannerProfile')[0] ?? '');
    if (field !== null) errors[field] ??= issue.message;
  }
  return errors;
}

function fieldOfSetting(setting: string): ProfileField | null {
  switch (setting) {
    case 'prefix':
    case 'suffix':
    case 'groupSeparatorSubstitute':
    case 'maxInterKeyMs':
    case 'endIdleMs':
    case 'minLength':
      return setting;
    case 'terminators':
      return 'terminator';
    default:
      return null;
  }
}

/** The number, or what is wrong with the text, e.g. "… must be between 5 and 500 ms". */
function wholeNumber(
  text: string,
  [min, max, unit]: readonly [number, number, string],
  what: string,
): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return `${what} is needed, in ${unit}`;
  if (!/^\d+$/.test(trimmed)) return `${what} must be a whole number of ${unit}`;
  const value = Number(trimmed);
  if (value < min || value > max) return `${what} must be between ${min} and ${max} ${unit}`;
  return value;
}

export function terminatorsOf(choice: TerminatorChoice): Terminator[] {
  switch (choice) {
    case 'enter-or-tab':
      return ['Enter', 'Tab'];
    case 'enter':
      return ['Enter'];
    case 'tab':
      return ['Tab'];
    case 'none':
      return [];
  }
}

function terminatorChoiceOf(terminators: readonly Terminator[]): TerminatorChoice {
  const enter = terminators.includes('Enter');
  const tab = terminators.includes('Tab');
  if (enter && tab) return 'enter-or-tab';
  if (enter) return 'enter';
  if (tab) return 'tab';
  return 'none';
}

/** Setting by setting, name included; the order of the keys does not matter. */
export function isSameProfile(a: ScannerProfile, b: ScannerProfile): boolean {
  return (Object.keys(a) as Array<keyof ScannerProfile>).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}
