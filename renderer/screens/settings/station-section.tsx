import { Divider, Stack } from '@mantine/core';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { StationNameForm } from './station-name-form';
import { ThemeChoice } from './theme-choice';

export function StationSection() {
  const settings = useStationQuery('settings.get', {});
  return (
    <SectionCard title="Station" testId="station-settings">
      <QueryView query={settings} what="station settings">
        {(data) => (
          <Stack gap="lg">
            <StationNameForm current={data.stationName} />
            <Divider />
            <ThemeChoice current={data.theme} />
          </Stack>
        )}
      </QueryView>
    </SectionCard>
  );
}
