import { IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useLinkState } from '../../api/react/use-link-state';
import { describeStationLink } from './describe-station-link';
import { StatusItem } from './status-item';

export function StationLinkItem() {
  const { kind, state } = useLinkState();
  const status = describeStationLink(kind, state);
  const Icon = status.tone === 'problem' ? IconPlugConnectedX : IconPlugConnected;
  return (
    <StatusItem
      status={status}
      icon={<Icon size={22} />}
      testId="status-station-link"
      data={{ 'data-link-state': state, 'data-transport': kind }}
    />
  );
}
