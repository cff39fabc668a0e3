import { appendFile } from 'node:fs/promises';
import type { PrinterDriver } from './printer-driver';
import { PrinterError } from './printer-driver';

/**
 * The capture driver: every job is appended to one file, so tests (and a station with no printer
 * yet) can see exactly the bytes a printer would have received.
 */
export function createFileDriver(path: string): PrinterDriver {
  return {
    async send(bytes) {
      try {
        await appendFile(path, bytes);
      } catch (cause) {
        const text = cause instanceof Error ? cause.message : String(cause);
        throw new PrinterError(`Could not write the print file ${path}: ${text}`, { cause });
      }
    },
  };
}
