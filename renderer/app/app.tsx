import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { StationProvider } from '../api/react/station-provider';
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
          <ScannerProvider>
            {/* Hash routes work on file://, where Electron loads the built page. */}
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </ScannerProvider>
        </StationProvider>
      </ScreenErrorBoundary>
    </MantineProvider>
  );
}
