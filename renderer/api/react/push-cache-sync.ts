import type { QueryClient } from '@tanstack/react-query';
import type { StationClient } from '../station-client';
import { applyActivity, applySettings, applyStatus } from './cache-updates';
import {
  applyConnection,
  applyEnrolment,
  applySession,
  refetchPeople,
  refetchStock,
  refetchSyncState,
} from './sync-cache-updates';

/**
 * Subscribes to every topic that feeds cached data and keeps the cache current; after the link
 * comes back, refetches everything, because pushes sent while it was down are lost.
 */
export function syncCacheWithStation(client: StationClient, cache: QueryClient): () => void {
  const stops = [
    client.on('station.status', (status) => {
      applyStatus(cache, status);
      applyConnection(cache, status);
    }),
    client.on('settings.changed', (settings) => applySettings(cache, settings)),
    client.on('activity.appended', (entry) => applyActivity(cache, entry)),
    client.on('session.changed', (session) => applySession(cache, session)),
    client.on('enrolment.changed', (enrolment) => applyEnrolment(cache, enrolment)),
    client.on('inventory.changed', () => refetchStock(cache)),
    client.on('outbox.changed', () => {
      refetchSyncState(cache);
      // A confirmed or rejected change moves the pending markers on the stock screen.
      refetchStock(cache);
    }),
    client.on('sync.status', () => {
      refetchSyncState(cache);
      refetchPeople(cache);
    }),
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
