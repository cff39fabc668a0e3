import { Table, Text } from '@mantine/core';
import type { FloorOverview } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { sortPickRates } from './floor-texts';

/** Units and picks per person in the last hour, busiest first. */
export function PickRateTable({ rates }: { rates: FloorOverview['pickRates'] }) {
  return (
    <SectionCard title="Pick rates, last hour" testId="floor-pick-rates">
      {rates.length === 0 ? (
        <Text c="dimmed">Nobody has picked in the last hour.</Text>
      ) : (
        <Table fz="lg" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Units</Table.Th>
              <Table.Th>Picks</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sortPickRates(rates).map((rate) => (
              <Table.Tr key={rate.person} data-testid="floor-pick-rate" data-person={rate.person}>
                <Table.Td>{rate.person}</Table.Td>
                <Table.Td>{rate.unitsLastHour}</Table.Td>
                <Table.Td>{rate.picksLastHour}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
