import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/temp-dir';
import { createSpoolerDriver } from './spooler-driver';

let dir: { dir: string; remove: () => void };
beforeEach(() => {
  dir = makeTempDir('wharf-lp-');
});
afterEach(() => dir.remove());

/** A fake `lp` that records its arguments and copies stdin to a file, as CUPS would take it. */
function fakeLp(body: string): string {
  const path = join(dir.dir, 'lp');
  writeFileSync(path, `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('spooler (lp -o raw) driver', () => {
  it('runs lp -d QUEUE -o raw and hands it the bytes on stdin', async () => {
    const out = join(dir.dir, 'job.bin');
    const args = join(dir.dir, 'args.txt');
    const lp = fakeLp(`printf '%s\\n' "$@" > '${args}'\ncat > '${out}'`);
    const bytes = Buffer.from([0x1b, 0x40, 0x00, 0x0a, 0xff, 0x41]);
    await createSpoolerDriver('Zebra_GK420d', { executable: lp }).send(bytes);
    expect(readFileSync(args, 'utf8')).toBe('-d\nZebra_GK420d\n-o\nraw\n');
    expect(readFileSync(out)).toEqual(bytes);
  });

  it("puts the spooler's own words in the error", async () => {
    const lp = fakeLp(
      `cat > /dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1`,
    );
    await expect(
      createSpoolerDriver('Nope', { executable: lp }).send(Buffer.from('x')),
    ).rejects.toThrow(
      'The print spooler refused the job for Nope: lp: The printer or class does not exist.',
    );
  });

  it('says when lp is not installed', async () => {
    const missing = join(dir.dir, 'not-here', 'lp');
    await expect(
      createSpoolerDriver('Q', { executable: missing }).send(Buffer.from('x')),
    ).rejects.toThrow(`The print command ${missing} is not installed`);
  });
});
