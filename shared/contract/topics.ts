import { StationSettingsSchema } from './schemas/settings';
import { StationStatusSchema } from './schemas/station';
import { ActivityEntrySchema } from './schemas/activity';
import { SyncStatusSchema } from './schemas/sync';
import { SessionSchema } from './schemas/session';
import { EnrolmentStateSchema } from './schemas/enrolment';
import { OutboxCountsSchema } from './schemas/outbox';
import { ScanEventSchema } from '../scanning/scan-event';
import { PrintersChangedSchema } from './schemas/printers';
import { z } from 'zod';

/** Every push topic the station publishes, with the payload it carries. */
export const topics = {
  'station.status': StationStatusSchema,
  'settings.changed': StationSettingsSchema,
  'activity.appended': ActivityEntrySchema,
  'sync.status': SyncStatusSchema,
  'session.changed': SessionSchema.nullable(),
  'enrolment.changed': EnrolmentStateSchema,
  'outbox.changed': OutboxCountsSchema,
  /** The replica or this station's pending changes moved: stock screens read again. */
  'inventory.changed': z.object({ at: z.iso.datetime() }),
  /** A scan from a scanner the station backend reads (serial); screens treat it like any other. */
  'scan.received': ScanEventSchema,
  /** Pick lists, picks, shorts or parcels moved (here or synced): floor screens read again. */
  'floor.changed': z.object({ at: z.iso.datetime() }),
  /** A printer's set-up, live status or jobs changed: printer lists and the status bar read again. */
  'printers.changed': PrintersChangedSchema,
  /** Labels, manifests, carriers or parcels awaiting a label moved: the Ship screen reads again. */
  'ship.changed': z.object({ at: z.iso.datetime() }),
} satisfies Record<string, z.ZodType>;
