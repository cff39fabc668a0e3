import { z } from 'zod';
import { defineMethods } from '../define';
import { SettingsUpdateSchema, StationSettingsSchema } from '../schemas/settings';

export const settingsMethods = defineMethods({
  'settings.get': {
    summary: "This station's settings.",
    input: z.strictObject({}),
    output: StationSettingsSchema,
  },
  'settings.update': {
    summary: 'Change station settings; the change is logged and pushed to every open screen.',
    input: SettingsUpdateSchema,
    output: StationSettingsSchema,
  },
});
