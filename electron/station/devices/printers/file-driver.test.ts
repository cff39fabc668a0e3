import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/temp-dir';
import { createFileDriver } from './file-driver';

let dir: { dir: string; remove: () => void };
beforeEach(() => {
  dir = makeTempDir('wharf-file-printer-');
});
afterEach(() => dir.remove());

describe('file (capture) driver', () => {
  it('appends each job to the file, byte for byte', async () => {
    const path = join(dir.dir, 'captured.prn');
    const driver = createFileDriver(path);
    await driver.send(Buffer.from([0x1b, 0x40, 0x00, 0xff]));
    await driver.send(Buffer.from('^XA^XZ'));
    expect(readFileSync(path)).toEqual(
      Buffer.from([0x1b, 0x40, 0x00, 0xff, ...Buffer.from('^XA^XZ')]),
    );
  });

  it('says which file it could not write', async () => {
    const path = join(dir.dir, 'no-such-folder', 'captured.prn');
    await expect(createFileDriver(path).send(Buffer.from('x'))).rejects.toThrow(
      `Could not write the print file ${path}`,
    );
  });
});
