import { Divider, Stack } from '@mantine/core';
import { wedgeProfileOf } from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { ScannerTestBox } from './scanner-test-box';
import { SerialScannerList } from './serial-scanner-list';
import { WedgeScannerProfileForm } from './wedge-scanner-profile-form';

/** How this station's scanners are set up: the keyboard wedge, serial scanners, and a test. */
export function ScannersSection() {
  const settings = useStationQuery('settings.get', {});
  return (
    <SectionCard title="Scanners" testId="scanner-settings">
      <Stack gap="lg">
        <QueryView query={settings} what="scanner settings">
          {(data) => <WedgeScannerProfileForm current={wedgeProfileOf(data)} />}
        </QueryView>
        <ScannerTestBox />
        <Divider />
        <SerialScannerList />
      </Stack>
    </SectionCard>
  );
}
