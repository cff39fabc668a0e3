import { StationSettingsSchema } from './schemas/settings';
import { StationStatusSchema } from './schemas/station';
import { ActivityEntrySchema } from './schemas/activity';
import { SyncStatusSchema } from './schemas/sync';
import { SessionSchema } from './schemas/session';
import { EnrolmentStateSchema } from './schemas/enrolment';
import { OutboxCountsSchema } from './schemas/outbox';
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
} satisfies Record<string, z.ZodType>;
