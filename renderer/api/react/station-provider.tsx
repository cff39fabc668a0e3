import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { StationClient } from '../station-client';
import { syncCacheWithStation } from './push-cache-sync';
import { StationClientContext } from './station-context';

export function StationProvider({
  client,
  cache,
  children,
}: {
  client: StationClient;
  cache: QueryClient;
  children: ReactNode;
}) {
  useEffect(() => syncCacheWithStation(client, cache), [client, cache]);
  return (
    <StationClientContext.Provider value={client}>
      <QueryClientProvider client={cache}>{children}</QueryClientProvider>
    </StationClientContext.Provider>
  );
}
