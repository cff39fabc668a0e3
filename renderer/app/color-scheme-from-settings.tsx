import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useStationQuery } from '../api/react/use-station-query';

/**
 * The station's `theme` setting drives Mantine's colour scheme; `auto` is Mantine's own
 * follow-the-OS mode. Renders nothing.
 */
export function ColorSchemeFromSettings() {
  const theme = useStationQuery('settings.get', {}).data?.theme;
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (theme) setColorScheme(theme);
  }, [theme, setColorScheme]);
  return null;
}
