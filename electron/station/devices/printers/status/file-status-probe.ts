import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PrinterProbe } from './printer-probe';

/** A capture file "prints" while its folder (and the file, once it exists) can be written. */
export async function probeFile(path: string): Promise<PrinterProbe> {
  const folder = dirname(path);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    await access(folder, constants.W_OK);
  } catch {
    return {
      reachable: false,
      problems: [],
      detail: `The folder ${folder} does not exist or cannot be written to`,
    };
  }
  try {
    await access(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { reachable: false, problems: [], detail: `The file ${path} cannot be written to` };
    }
  }
  return { reachable: true, problems: [], detail: null };
}
