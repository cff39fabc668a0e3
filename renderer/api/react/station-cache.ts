import { QueryClient } from '@tanstack/react-query';

/**
 * Pushes keep cached answers current, so nothing goes stale on a timer or on window focus;
 * a failed call shows its message and a Retry button at once rather than retrying silently.
 * networkMode 'always': the station backend is on this machine, so the browser's idea of being
 * online (which pauses queries by default) says nothing about whether a call can succeed.
 */
export function createStationCache(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
