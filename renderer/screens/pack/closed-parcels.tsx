import { Badge, Table, Text } from '@mantine/core';
import type { PackState } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { describeParcelStatus, formatWeight } from './pack-texts';

/** Parcels closed for this order, with any the head office has not confirmed or refused. */
export function ClosedParcels({ parcels }: { parcels: PackState['parcels'] }) {
  return (
    <SectionCard title="Closed parcels" testId="pack-parcels">
      {parcels.length === 0 ? (
        <Text c="dimmed">No parcel closed yet.</Text>
      ) : (
        <Table fz="lg" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Parcel</Table.Th>
              <Table.Th>Box</Table.Th>
              <Table.Th>Units</Table.Th>
              <Table.Th>Weight</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parcels.map((parcel) => {
              const status = describeParcelStatus(parcel);
              return (
                <Table.Tr key={parcel.id} data-testid="pack-parcel" data-parcel={parcel.number}>
                  <Table.Td ff="monospace">{parcel.number}</Table.Td>
                  <Table.Td>{parcel.boxCode}</Table.Td>
                  <Table.Td>{parcel.units}</Table.Td>
                  <Table.Td>{formatWeight(parcel.weightGrams)}</Table.Td>
                  <Table.Td>
                    {status && (
                      <Badge
                        color={parcel.rejected !== null ? 'red' : 'gray'}
                        size="lg"
                        variant="light"
                        data-testid="pack-parcel-status"
                        style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}
                      >
                        {status}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
