import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { checkPrinterForm, printerFieldErrors } from './printer-form';
import type { PrinterFieldErrors, PrinterForm } from './printer-form';

/**
 * Adding or changing one printer: checked with the station's own rules after the first Save,
 * then as typed; the station's objections (a name in use …) show under their field, anything
 * else above the buttons.
 */
export function usePrinterEditor(initial: PrinterForm, onSaved: () => void) {
  const cache = useQueryClient();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const save = useStationMutation('printers.save', {
    onSuccess: () => {
      void cache.invalidateQueries({ queryKey: methodQueryPrefix('printers.list') });
      onSaved();
    },
  });
  const check = checkPrinterForm(form);
  const clientErrors: PrinterFieldErrors = tried && !check.ok ? check.errors : {};
  const serverErrors = printerFieldErrors(save.error?.details?.issues ?? []);
  return {
    form,
    isNew: initial.id === null,
    fieldErrors: { ...serverErrors, ...clientErrors },
    formError: save.error && Object.keys(serverErrors).length === 0 ? save.error : null,
    saving: save.isPending,
    change: <F extends keyof PrinterForm>(field: F, value: PrinterForm[F]) => {
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
