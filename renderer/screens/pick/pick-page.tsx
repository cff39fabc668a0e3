import { Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { pickRecord } from '../../../shared/mutations/pick-record';
import { EnrolledOnly } from '../../components/enrolled-only';
import { SignedInOnly } from '../../session/signed-in-only';
import { PickStart } from './pick-start';
import { PickWaveView } from './pick-wave-view';

/**
 * Pick: the open pick lists and released orders, or one pick list being walked. The list's id
 * is in the address (/pick/:waveId), so a restart reopens the same walk at the same stop.
 */
export function PickPage() {
  const { waveId } = useParams();
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>Pick</Title>
      <EnrolledOnly why="Pick lists are made from orders the head office releases.">
        <SignedInOnly
          reason="Sign in to pick. Your name goes with every pick."
          allowed={{ roles: pickRecord.roles, what: 'picking' }}
        >
          {waveId ? <PickWaveView key={waveId} waveId={waveId} /> : <PickStart />}
        </SignedInOnly>
      </EnrolledOnly>
    </Stack>
  );
}
