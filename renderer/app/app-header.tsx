import { Burger, Group, Text, Title } from '@mantine/core';
import { IconBuildingWarehouse } from '@tabler/icons-react';
import { useStationQuery } from '../api/react/use-station-query';

export function AppHeader({ navOpen, onToggleNav }: { navOpen: boolean; onToggleNav: () => void }) {
  const stationName = useStationQuery('settings.get', {}).data?.stationName;
  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap">
      <Burger
        opened={navOpen}
        onClick={onToggleNav}
        hiddenFrom="sm"
        size="lg"
        w={48}
        h={48}
        aria-label={navOpen ? 'Close the screen list' : 'Open the screen list'}
      />
      <Group gap="xs" wrap="nowrap">
        <IconBuildingWarehouse size={32} aria-hidden />
        <Title order={2} component="p" fz="xl">
          Wharf
        </Title>
      </Group>
      {stationName && (
        <Text fz="lg" c="dimmed" truncate="end" data-testid="header-station-name">
          {stationName}
        </Text>
      )}
    </Group>
  );
}
