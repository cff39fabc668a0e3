import type { QueryClient } from '@tanstack/react-query';
import type {
  EnrolmentState,
  Session,
  StationStatus,
  SyncOverview,
} from '../../../shared/contract';
import { methodQueryPrefix, stationQueryKey } from './query-keys';

/**
 * How the sync spine's pushes reach the cache. Session and enrolment arrive whole, so they are
 * written in; stock, outbox and sync state arrive as "something moved", so the screens that show
 * them read again (only the ones on screen refetch; the rest are marked stale).
 */
export function applySession(cache: QueryClient, session: Session | null): void {
  cache.setQueryData(stationQueryKey('session.get', {}), session);
}

export function applyEnrolment(cache: QueryClient, enrolment: EnrolmentState): void {
  cache.setQueryData(stationQueryKey('enrolment.get', {}), enrolment);
  // A newly enrolled station gets people, stock and a sync state it did not have before.
  refetchStock(cache);
  refetchSyncState(cache);
  void cache.invalidateQueries({ queryKey: methodQueryPrefix('session.people') });
}

export function refetchStock(cache: QueryClient): void {
  void cache.invalidateQueries({ queryKey: methodQueryPrefix('inventory.list') });
}

export function refetchSyncState(cache: QueryClient): void {
  void cache.invalidateQueries({ queryKey: methodQueryPrefix('sync.overview') });
  void cache.invalidateQueries({ queryKey: methodQueryPrefix('outbox.list') });
}

/** After synced people change, the PIN list may have changed too. */
export function refetchPeople(cache: QueryClient): void {
  void cache.invalidateQueries({ queryKey: methodQueryPrefix('session.people') });
}

/** The link to the head office is part of the station status too; both show the same truth. */
export function applyConnection(cache: QueryClient, status: StationStatus): void {
  cache.setQueriesData<SyncOverview>(
    { queryKey: methodQueryPrefix('sync.overview') },
    (overview) =>
      overview === undefined ? overview : { ...overview, connection: status.connection },
  );
}
