import type { z } from 'zod';
import { StationSettingsSchema } from './schemas/settings';
import { StationStatusSchema } from './schemas/station';
import { ActivityEntrySchema } from './schemas/activity';
import { SyncStatusSchema } from './schemas/sync';

/** Every push topic the station publishes, with the payload it carries. */
export const topics = {
  'station.status': StationStatusSchema,
  'settings.changed': StationSettingsSchema,
  'activity.appended': ActivityEntrySchema,
  'sync.status': SyncStatusSchema,
} satisfies Record<string, z.ZodType>;
