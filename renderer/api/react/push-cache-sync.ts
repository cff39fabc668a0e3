import type { QueryClient } from '@tanstack/react-query';
import type { StationClient } from '../station-client';
import { applyActivity, applySettings, applyStatus } from './cache-updates';

/**
 * Subscribes to every topic that feeds cached data and keeps the cache current; after the link
 * comes back, refetches everything, because pushes sent while it was down are lost.
 */
export function syncCacheWithStation(client: StationClient, cache: QueryClient): () => void {
  const stops = [
    client.on('station.status', (status) => applyStatus(cache, status)),
    client.on('settings.changed', (settings) => applySettings(cache, settings)),
    client.on('activity.appended', (entry) => applyActivity(cache, entry)),
  ];
  let wasDown = false;
  stops.push(
    client.onLinkState((state) => {
      if (state === 'closed') wasDown = true;
      if (state === 'open' && wasDown) {
        wasDown = false;
        void cache.invalidateQueries();
      }
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
