import { IconCloud, IconCloudOff, IconPrinter, IconUpload } from '@tabler/icons-react';
import type { StationStatus } from '../../../shared/contract';
import { formatRecentTime } from '../../format/format-local-time';
import { describeHeadOffice } from './describe-head-office';
import {
  describePendingUploads,
  describePrinter,
  pendingUploadsToShow,
} from './describe-floor-status';
import { StatusItem } from './status-item';

/**
 * Everything the station reports about the floor. A part the station reports as null does not
 * exist yet (no outbox, no printer) and is left out rather than shown as a guess. Who is signed
 * in comes from the session itself (SessionItem), which also knows the role.
 */
export function FloorStatusItems({ status }: { status: StationStatus }) {
  const time = (iso: string) => formatRecentTime(iso, new Date());
  const headOffice = describeHeadOffice(status.connection, time, { withReason: false });
  const pendingUploads = pendingUploadsToShow(status);
  return (
    <>
      <StatusItem
        status={headOffice}
        icon={headOffice.tone === 'problem' ? <IconCloudOff size={22} /> : <IconCloud size={22} />}
        testId="status-head-office"
        title={describeHeadOffice(status.connection, time).text}
      />
      {pendingUploads !== null && (
        <StatusItem
          status={describePendingUploads(pendingUploads)}
          icon={<IconUpload size={22} />}
          testId="status-pending-uploads"
        />
      )}
      {status.printers?.map((printer) => (
        <StatusItem
          key={printer.name}
          status={describePrinter(printer)}
          icon={<IconPrinter size={22} />}
          testId="status-printer"
        />
      ))}
    </>
  );
}
