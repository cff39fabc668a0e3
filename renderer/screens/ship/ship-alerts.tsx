import { Alert, Badge, Table, Text } from '@mantine/core';
import { TRACKING_STATE_NAMES } from '../../../shared/domain/shipping/tracking-state';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';

/** Parcels the carriers stopped moving or reported a problem with, from the head office. */
export function ShipAlerts() {
  const alerts = useStationQuery('ship.alerts', {}, { staleTime: 30_000 });
  return (
    <QueryView query={alerts} what="tracking alerts">
      {(answer) => (
        <>
          {answer.problem && (
            <Alert color="gray" data-testid="ship-alerts-problem">
              {answer.problem}
            </Alert>
          )}
          {!answer.problem && answer.alerts.length === 0 && (
            <Text c="dimmed">No parcel has stopped moving.</Text>
          )}
          {answer.alerts.length > 0 && (
            <Table data-testid="ship-alerts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Tracking</Table.Th>
                  <Table.Th>Carrier</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {answer.alerts.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.orderNumber}</Table.Td>
                    <Table.Td>{a.trackingNumber}</Table.Td>
                    <Table.Td>{a.carrierName}</Table.Td>
                    <Table.Td>
                      <Badge color={a.kind === 'exception' ? 'red' : 'orange'}>
                        {TRACKING_STATE_NAMES[a.state]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{a.message}</Table.Td>
                    <Table.Td>{a.since.slice(0, 16).replace('T', ' ')} UTC</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </QueryView>
  );
}
