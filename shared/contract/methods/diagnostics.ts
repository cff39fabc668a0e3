import { z } from 'zod';
import { defineMethods } from '../define';
import { DiagnosticsSchema } from '../schemas/diagnostics';
import { ActivityEntrySchema, ActivityQuerySchema } from '../schemas/activity';

export const diagnosticsMethods = defineMethods({
  'diagnostics.get': {
    summary: 'Database, runtime and transport facts for support and the Settings screen.',
    input: z.strictObject({}),
    output: DiagnosticsSchema,
  },
  'activity.recent': {
    summary: 'The newest entries of the station audit log, newest first.',
    input: ActivityQuerySchema,
    output: z.array(ActivityEntrySchema),
  },
});
