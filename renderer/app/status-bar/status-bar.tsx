import { Button, Group, Text } from '@mantine/core';
import { IconBuildingWarehouse } from '@tabler/icons-react';
import { useStationQuery } from '../../api/react/use-station-query';
import { errorMessageFor } from '../../api/station-call-error';
import { FloorStatusItems } from './floor-status-items';
import { PrinterStatusItem } from './printer-status-item';
import { SessionItem } from './session-item';
import { StationLinkItem } from './station-link-item';

/** Always at the bottom of every screen: who this station is and what it is connected to. */
export function StatusBar() {
  const status = useStationQuery('station.status', {});
  return (
    <Group
      h="100%"
      px="md"
      gap="xl"
      wrap="nowrap"
      preventGrowOverflow={false}
      style={{ overflowX: 'auto' }}
      aria-label="Station status"
      role="region"
    >
      <Group gap={6} wrap="nowrap">
        <IconBuildingWarehouse size={22} aria-hidden />
        <Text component="span" fw={700} data-testid="status-station-name" truncate="end">
          {status.data?.stationName ?? 'Station'}
        </Text>
      </Group>
      <StationLinkItem />
      <SessionItem />
      {status.data && <FloorStatusItems status={status.data} />}
      <PrinterStatusItem />
      {status.isError && !status.data && (
        <Group gap="sm" wrap="nowrap">
          <Text component="span" c="red" title={errorMessageFor(status.error)}>
            Station status unavailable
          </Text>
          <Button
            variant="default"
            aria-label="Retry loading the station status"
            onClick={() => void status.refetch()}
            loading={status.isFetching}
          >
            Retry
          </Button>
        </Group>
      )}
    </Group>
  );
}
