import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { applySettings } from '../../api/react/cache-updates';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { checkStationName, isUnchangedName } from './station-name-check';

/**
 * The station-name form: the field shows the station's current name until someone types, is
 * checked with the station's own rule as they type, and shows the station's own objections
 * under the field.
 */
export function useStationNameForm(current: string) {
  const cache = useQueryClient();
  // null while untouched, so a rename pushed from another window shows up in the field.
  const [draft, setDraft] = useState<string | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);

  const save = useStationMutation('settings.update', {
    onSuccess: (settings) => {
      applySettings(cache, settings);
      setDraft(null);
      setSavedName(settings.stationName);
    },
  });

  const value = draft ?? current;
  const check = checkStationName(value);
  const unchanged = isUnchangedName(value, current);
  const stationIssues = save.error?.issuesAt('stationName') ?? [];

  // Only once someone has typed: the saved name is the station's own and needs no verdict.
  const clientError = draft !== null && !check.ok ? check.message : null;
  // The first objection only, as the client check does: one thing to fix at a time.
  const serverError = stationIssues[0]?.message ?? null;

  return {
    value,
    fieldError: clientError ?? serverError,
    /** A failure that is not about the name itself, e.g. the backend being unreachable. */
    formError: save.error && stationIssues.length === 0 ? save.error : null,
    savedName,
    saving: save.isPending,
    canSave: !unchanged && !save.isPending,
    onChange: (next: string) => {
      setDraft(next);
      setSavedName(null);
      save.reset();
    },
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      if (!check.ok || unchanged || save.isPending) return;
      save.mutate({ stationName: check.name });
    },
  };
}
