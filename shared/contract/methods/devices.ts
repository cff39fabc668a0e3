import { z } from 'zod';
import { defineMethods } from '../define';
import {
  SerialPortListSchema,
  SerialScannerListSchema,
  SerialScannerRemoveSchema,
  SerialScannerSaveSchema,
  SerialScannerStatusSchema,
} from '../schemas/devices';

export const deviceMethods = defineMethods({
  'scanners.list': {
    summary: "This station's serial scanners, each with whether it is reading and its last scan.",
    input: z.strictObject({}),
    output: SerialScannerListSchema,
  },
  'scanners.save': {
    summary: 'Add a serial scanner, or change one; it is (re)opened at once when enabled.',
    input: SerialScannerSaveSchema,
    output: SerialScannerStatusSchema,
  },
  'scanners.remove': {
    summary: 'Stop reading a serial scanner and take it off the list; the change is logged.',
    input: SerialScannerRemoveSchema,
    output: SerialScannerListSchema,
  },
  'scanners.ports': {
    summary: 'The serial ports this computer has now, to choose a scanner from.',
    input: z.strictObject({}),
    output: SerialPortListSchema,
  },
});
