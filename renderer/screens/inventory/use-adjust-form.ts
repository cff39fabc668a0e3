import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { BinStockRow } from '../../../shared/contract';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { checkAdjust, emptyDraft } from './adjust-check';
import type { AdjustDraft, AdjustMode } from './adjust-check';
import { applyAdjustedRow } from './stock-cache';

/**
 * The count/adjust form for one place. Field mistakes show once the clerk tries to save (a
 * half-typed number is not a mistake yet); the station's own refusals show as it words them.
 */
export function useAdjustForm(row: BinStockRow, onSaved: (row: BinStockRow) => void) {
  const cache = useQueryClient();
  const [draft, setDraft] = useState<AdjustDraft>(emptyDraft());
  const [tried, setTried] = useState(false);

  const adjust = useStationMutation('inventory.adjust', {
    onSuccess: (answer) => {
      applyAdjustedRow(cache, answer.row);
      onSaved(answer.row);
    },
    onError: (error) => {
      // Someone signed out (or the session ended) elsewhere: show the sign-in panel.
      if (error.code === 'SIGN_IN_REQUIRED') {
        void cache.invalidateQueries({ queryKey: methodQueryPrefix('session.get') });
      }
    },
  });

  const check = checkAdjust(draft, row);
  const errors = tried && !check.ok ? check.errors : {};
  const update = (patch: Partial<AdjustDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    adjust.reset();
  };

  return {
    draft,
    check,
    quantityError: errors.quantity ?? null,
    noteError: errors.note ?? null,
    error: adjust.error,
    saving: adjust.isPending,
    setMode: (mode: AdjustMode) => {
      setDraft(emptyDraft(mode));
      setTried(false);
      adjust.reset();
    },
    update,
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      setTried(true);
      if (!check.ok || adjust.isPending) return;
      adjust.mutate(check.input);
    },
  };
}
