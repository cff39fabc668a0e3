import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { SCANNER_PRESETS, type ScannerProfile } from '../../../shared/scanning/scanner-profile';
import { applySettings } from '../../api/react/cache-updates';
import { useStationMutation } from '../../api/react/use-station-mutation';
import {
  choiceOf,
  fieldErrorsFromIssues,
  isSameProfile,
  profileFromChoice,
  profileToForm,
  type ProfileChoice,
  type ProfileField,
  type ProfileFieldErrors,
  type ScannerProfileForm,
} from './scanner-profile-form';

/**
 * The keyboard-wedge profile: a preset shows its own settings (read-only); Custom starts from
 * what is shown and checks each field as it is typed. Saved through settings.update, which
 * pushes the new profile to the ScannerProvider of every open window.
 */
export function useWedgeScannerProfileForm(current: ScannerProfile) {
  const cache = useQueryClient();
  // null while untouched, so a profile saved from another window shows up here.
  const [picked, setPicked] = useState<ProfileChoice | null>(null);
  const [draft, setDraft] = useState<ScannerProfileForm | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useStationMutation('settings.update', {
    onSuccess: (settings) => {
      applySettings(cache, settings);
      setPicked(null);
      setDraft(null);
      setSaved(true);
    },
  });

  const choice = picked ?? choiceOf(current);
  const shownProfile = choice === 'custom' ? current : SCANNER_PRESETS[choice];
  const form =
    choice === 'custom' ? (draft ?? profileToForm(current)) : profileToForm(shownProfile);
  const check = profileFromChoice(choice, form);
  const unchanged = check.ok && isSameProfile(check.profile, current);

  // Client checks only once someone has typed; the station's objections whenever it made some.
  const clientErrors: ProfileFieldErrors = draft !== null && !check.ok ? check.errors : {};
  const serverErrors = fieldErrorsFromIssues(save.error?.details?.issues ?? []);
  const fieldErrors: ProfileFieldErrors = { ...serverErrors, ...clientErrors };
  const hasServerFieldErrors = Object.keys(serverErrors).length > 0;

  const touched = () => {
    setSaved(false);
    save.reset();
  };

  return {
    choice,
    form,
    fieldErrors,
    editable: choice === 'custom',
    /** A failure that is not about one setting, e.g. the backend being unreachable. */
    formError: save.error && !hasServerFieldErrors ? save.error : null,
    saved,
    saving: save.isPending,
    canSave: check.ok && !unchanged && !save.isPending,
    choose: (next: ProfileChoice) => {
      touched();
      setPicked(next);
      // Custom starts from the settings on screen, so tweaking a preset is one change away.
      if (next === 'custom') setDraft(profileToForm(shownProfile));
      else setDraft(null);
    },
    change: <F extends ProfileField>(field: F, value: ScannerProfileForm[F]) => {
      touched();
      setDraft({ ...form, [field]: value });
    },
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      if (!check.ok || unchanged || save.isPending) return;
      save.mutate({ scannerProfile: check.profile });
    },
  };
}
