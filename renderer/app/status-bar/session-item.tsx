import { Button, Group } from '@mantine/core';
import { IconLogout, IconUser } from '@tabler/icons-react';
import { useStationQuery } from '../../api/react/use-station-query';
import { describeSessionStatus } from '../../session/session-texts';
import { useSession, useSignOut } from '../../session/use-session';
import { StatusItem } from './status-item';

/** Who is working at this station, and the way to stop being that person. */
export function SessionItem() {
  const session = useSession();
  const enrolled = useStationQuery('enrolment.get', {}).data?.enrolled ?? false;
  const signOut = useSignOut();
  if (session === undefined) return null;
  const status = describeSessionStatus(session, enrolled);
  if (!status) return null;
  return (
    <Group gap="sm" wrap="nowrap">
      <StatusItem status={status} icon={<IconUser size={22} />} testId="status-signed-in" />
      {session && (
        <Button
          variant="default"
          leftSection={<IconLogout size={20} />}
          onClick={() => signOut.mutate({})}
          loading={signOut.isPending}
          title={signOut.error?.message}
          color={signOut.isError ? 'red' : undefined}
        >
          Sign out
        </Button>
      )}
    </Group>
  );
}
