import { useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../shared/contract';
import { useStationMutation } from '../api/react/use-station-mutation';
import { useStationQuery } from '../api/react/use-station-query';
import { applySession } from '../api/react/sync-cache-updates';

/** The person signed in here, kept current by 'session.changed'; undefined while loading. */
export function useSession(): Session | null | undefined {
  return useStationQuery('session.get', {}).data;
}

export function useSignIn() {
  const cache = useQueryClient();
  return useStationMutation('session.signIn', {
    onSuccess: (session) => applySession(cache, session),
  });
}

export function useSignOut() {
  const cache = useQueryClient();
  return useStationMutation('session.signOut', {
    onSuccess: () => applySession(cache, null),
  });
}
