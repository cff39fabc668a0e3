import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StationSettings, Theme } from '../../../shared/contract';
import { applySettings } from '../../api/react/cache-updates';
import { stationQueryKey } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';

const SETTINGS_KEY = stationQueryKey('settings.get', {});

/**
 * Saves the theme as soon as it is picked and shows it at once; if the station refuses, the
 * screen goes back to what the station actually has.
 */
export function useThemeChoice(current: Theme) {
  const cache = useQueryClient();
  // Set in the click handler itself, so the picked option is checked before the next paint;
  // the cache's own update is batched and lands a moment later.
  const [picked, setPicked] = useState<Theme | null>(null);
  const update = useStationMutation<'settings.update', { previous: StationSettings | undefined }>(
    'settings.update',
    {
      onMutate: async (input) => {
        await cache.cancelQueries({ queryKey: SETTINGS_KEY });
        const previous = cache.getQueryData<StationSettings>(SETTINGS_KEY);
        if (previous && input.theme) {
          cache.setQueryData(SETTINGS_KEY, { ...previous, theme: input.theme });
        }
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) cache.setQueryData(SETTINGS_KEY, context.previous);
        void cache.invalidateQueries({ queryKey: SETTINGS_KEY });
      },
      onSuccess: (settings) => applySettings(cache, settings),
      onSettled: () => setPicked(null),
    },
  );
  return {
    value: picked ?? current,
    choose: (theme: Theme) => {
      setPicked(theme);
      update.mutate({ theme });
    },
    error: update.error,
  };
}
