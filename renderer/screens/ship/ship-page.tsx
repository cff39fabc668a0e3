import { Stack, Title } from '@mantine/core';
import { shipmentCreate } from '../../../shared/mutations/shipment-create';
import { EnrolledOnly } from '../../components/enrolled-only';
import { SignedInOnly } from '../../session/signed-in-only';
import { ShipDesk } from './ship-desk';

/** Ship: scan a closed parcel, print its label, next; reprints, voids, manifests, awaiting labels. */
export function ShipPage() {
  return (
    <Stack gap="lg" maw={1300}>
      <Title order={1}>Ship</Title>
      <EnrolledOnly why="Parcels to ship and carriers come from the head office.">
        <SignedInOnly
          reason="Sign in to ship. Your name goes with every label."
          allowed={{ roles: shipmentCreate.roles, what: 'shipping' }}
        >
          <ShipDesk />
        </SignedInOnly>
      </EnrolledOnly>
    </Stack>
  );
}
