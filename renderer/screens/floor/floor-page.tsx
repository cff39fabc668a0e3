import { Stack, Title } from '@mantine/core';
import { EnrolledOnly } from '../../components/enrolled-only';
import { SignedInOnly } from '../../session/signed-in-only';
import { FloorOverviewView } from './floor-overview-view';

/** Managers only: the whole warehouse floor from the replica, every station's work. */
const FLOOR_ROLES = ['admin', 'manager'] as const;

export function FloorPage() {
  return (
    <Stack gap="lg" maw={1300}>
      <Title order={1}>Floor</Title>
      <EnrolledOnly why="The floor view reads pick lists and parcels synced from the head office.">
        <SignedInOnly
          reason="Sign in as a manager to see the whole floor."
          allowed={{ roles: FLOOR_ROLES, what: 'the floor view' }}
        >
          <FloorOverviewView />
        </SignedInOnly>
      </EnrolledOnly>
    </Stack>
  );
}
