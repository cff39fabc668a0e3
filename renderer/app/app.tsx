import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { HashRouter } from 'react-router';
import { wedgeProfileOf } from '../../shared/contract';
import { StationProvider } from '../api/react/station-provider';
import { useStationQuery } from '../api/react/use-station-query';
import type { StationClient } from '../api/station-client';
import { ScreenErrorBoundary } from '../components/screen-error-boundary';
import { ScannerProvider } from '../scanning/scanner-provider';
import { AppRoutes } from './app-routes';
import { ColorSchemeFromSettings } from './color-scheme-from-settings';
import { wharfTheme } from './theme';

// Remembers the last scheme so the next start paints in it before settings have loaded.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'wharf-color-scheme' });

export function App({ client, cache }: { client: StationClient; cache: QueryClient }) {
  return (
    <MantineProvider
      theme={wharfTheme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <ScreenErrorBoundary>
        <StationProvider client={client} cache={cache}>
          <ColorSchemeFromSettings />
          {/* Once, inside the station link: serial scans arrive as its pushes. */}
          <StationScannerProvider>
            {/* Hash routes work on file://, where Electron loads the built page. */}
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </StationScannerProvider>
        </StationProvider>
      </ScreenErrorBoundary>
    </MantineProvider>
  );
}

/** The wedge profile is a station setting; until settings load, the generic one is used. */
function StationScannerProvider({ children }: { children: ReactNode }) {
  const settings = useStationQuery('settings.get', {}).data;
  return (
    <ScannerProvider profile={settings === undefined ? undefined : wedgeProfileOf(settings)}>
      {children}
    </ScannerProvider>
  );
}
