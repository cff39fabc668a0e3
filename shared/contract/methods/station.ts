import { z } from 'zod';
import { defineMethods } from '../define';
import { StationInfoSchema, StationStatusSchema } from '../schemas/station';

export const stationMethods = defineMethods({
  'station.info': {
    summary: 'Who this station is and what it runs: id, name, version, data folder.',
    input: z.strictObject({}),
    output: StationInfoSchema,
  },
  'station.status': {
    summary: 'Everything the status bar shows, each part present only when it is real.',
    input: z.strictObject({}),
    output: StationStatusSchema,
  },
});
