import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import {
  checkSerialScannerForm,
  serialFieldErrorsFromIssues,
  type SerialScannerFieldErrors,
  type SerialScannerForm,
} from './serial-scanner-form';

/**
 * Adding or changing one serial scanner. The fields are checked with the station's own rules
 * after the first Save, then as they are typed; the station's own objections (a port another
 * scanner uses …) appear under their field, anything else above the buttons.
 */
export function useSerialScannerEditor(initial: SerialScannerForm, onSaved: () => void) {
  const cache = useQueryClient();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);

  const save = useStationMutation('scanners.save', {
    onSuccess: () => {
      // The list and the ports' "used by" both change; the list also polls, but not at once.
      void cache.invalidateQueries({ queryKey: methodQueryPrefix('scanners.list') });
      void cache.invalidateQueries({ queryKey: methodQueryPrefix('scanners.ports') });
      onSaved();
    },
  });

  const check = checkSerialScannerForm(form);
  const clientErrors: SerialScannerFieldErrors = tried && !check.ok ? check.errors : {};
  const serverErrors = serialFieldErrorsFromIssues(save.error?.details?.issues ?? []);

  return {
    form,
    isNew: initial.id === null,
    fieldErrors: { ...serverErrors, ...clientErrors },
    formError: save.error && Object.keys(serverErrors).length === 0 ? save.error : null,
    saving: save.isPending,
    change: <F extends keyof SerialScannerForm>(field: F, value: SerialScannerForm[F]) => {
      setForm((before) => ({ ...before, [field]: value }));
      save.reset();
    },
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      setTried(true);
      if (!check.ok || save.isPending) return;
      save.mutate(check.save);
    },
  };
}
