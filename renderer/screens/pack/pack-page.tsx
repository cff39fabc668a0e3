import { Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { parcelClose } from '../../../shared/mutations/parcel-close';
import { EnrolledOnly } from '../../components/enrolled-only';
import { SignedInOnly } from '../../session/signed-in-only';
import { PackBench } from './pack-bench';
import { PackOpen } from './pack-open';

/**
 * Pack: scan a tote or order to open it at the bench, verify each unit by scan, close parcels.
 * The open order is in the address (/pack/:fulfilmentId), so a restart reopens it.
 */
export function PackPage() {
  const { fulfilmentId } = useParams();
  return (
    <Stack gap="lg" maw={1300}>
      <Title order={1}>Pack</Title>
      <EnrolledOnly why="Orders to pack come from the head office.">
        <SignedInOnly
          reason="Sign in to pack. Your name goes with every parcel."
          allowed={{ roles: parcelClose.roles, what: 'packing' }}
        >
          {fulfilmentId ? (
            <PackBench key={fulfilmentId} fulfilmentId={fulfilmentId} />
          ) : (
            <PackOpen />
          )}
        </SignedInOnly>
      </EnrolledOnly>
    </Stack>
  );
}
