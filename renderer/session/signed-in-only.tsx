import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PersonRole } from '../../shared/domain/person-role';
import { useStationQuery } from '../api/react/use-station-query';
import { QueryView } from '../components/query-view';
import { roleRefusal } from './session-texts';
import { SignInPanel } from './sign-in-panel';

/**
 * Shows its children to a signed-in person whose role may do this, the sign-in panel to
 * everyone else, and the reason to a person whose role may not.
 */
export function SignedInOnly({
  reason,
  allowed,
  children,
}: {
  reason?: string;
  /** Who may do it, and what it is called in the refusal ("a stock count"). */
  allowed?: { roles: readonly PersonRole[]; what: string };
  children: ReactNode;
}) {
  const session = useStationQuery('session.get', {});
  return (
    <QueryView query={session} what="who is signed in">
      {(person) => {
        if (person === null) return <SignInPanel reason={reason} />;
        const refusal = allowed ? roleRefusal(person, allowed.roles, allowed.what) : null;
        if (refusal) {
          return (
            <Alert color="orange" data-testid="role-refusal">
              {refusal}
            </Alert>
          );
        }
        return children;
      }}
    </QueryView>
  );
}
