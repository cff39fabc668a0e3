import { Stack, Title } from '@mantine/core';
import { AboutStation } from './about-station';
import { RecentActivity } from './recent-activity';
import { DiagnosticsPanel } from './diagnostics-panel';
import { HeadOfficeSection } from './head-office-section';
import { PrintersSection } from './printers-section';
import { ScannersSection } from './scanners-section';
import { StationSection } from './station-section';

export function SettingsPage() {
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>Settings</Title>
      <StationSection />
      <ScannersSection />
      <PrintersSection />
      <HeadOfficeSection />
      <AboutStation />
      <RecentActivity />
      <DiagnosticsPanel />
    </Stack>
  );
}
