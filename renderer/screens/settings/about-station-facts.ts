import type { StationInfo } from '../../../shared/contract';
import type { Fact } from '../../components/fact-table';
import { formatLocalDateTime } from '../../format/format-local-time';
import type { TimeDisplay } from '../../format/format-local-time';

export function aboutStationFacts(info: StationInfo, display?: TimeDisplay): Fact[] {
  return [
    { label: 'Station id', value: info.stationId },
    { label: 'Version', value: info.appVersion },
    { label: 'Data folder', value: info.dataDir },
    { label: 'Database file', value: info.databaseFile },
    { label: 'Started at', value: formatLocalDateTime(info.startedAt, display) },
  ];
}
