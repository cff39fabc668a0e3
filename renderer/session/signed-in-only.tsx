import type { ReactNode } from 'react';
import { useStationQuery } from '../api/react/use-station-query';
import { QueryView } from '../components/query-view';
import { SignInPanel } from './sign-in-panel';

/** Shows its children to a signed-in person, and the sign-in panel to everyone else. */
export function SignedInOnly({ reason, children }: { reason?: string; children: ReactNode }) {
  const session = useStationQuery('session.get', {});
  return (
    <QueryView query={session} what="who is signed in">
      {(person) => (person === null ? <SignInPanel reason={reason} /> : children)}
    </QueryView>
  );
}
