import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import { silentLogger } from '../../logger';
import { makeTempDir } from '../../testing/temp-dir';
import { systemSerialBinding } from './serial-binding';
import { createSerialScanner } from './serial-scanner';
import type { SerialScanner } from './serial-scanner';

// A real serial device through the operating system: socat makes a pseudo-terminal pair, the
// scanner opens one end with the real serialport binding, the test types into the other end.
// Required, not optional: .ci/run installs socat, and a machine without it should say so.
const hasSocat = spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
const NO_SOCAT = 'The real-tty test needs socat: apt-get install socat (.ci/run installs it).';

let dir: { dir: string; remove: () => void };
let socat: ChildProcess | null = null;
let scanner: SerialScanner | null = null;

/** Starts socat and resolves once both ends exist (their links are made before the loop). */
function startPtyPair(scannerEnd: string, feedEnd: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('socat', [
      '-d',
      '-d',
      `pty,raw,echo=0,link=${scannerEnd}`,
      `pty,raw,echo=0,link=${feedEnd}`,
    ]);
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('starting data transfer loop')) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`socat exited (${String(code)}): ${log}`)));
  });
}

function stopPtyPair(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** What the scanner's USB-serial chip would put on the wire. */
function typeInto(feedEnd: string, bytes: string): void {
  const fd = openSync(feedEnd, 'w');
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

beforeEach(() => {
  dir = makeTempDir('wharf-pty-');
});

afterEach(async () => {
  await scanner?.stop();
  scanner = null;
  if (socat) await stopPtyPair(socat);
  socat = null;
  dir.remove();
});

describe('serial scanner on a real tty (socat pty pair)', () => {
  it('reads a GS1 scan written to the other end, and reopens after the device goes away', async () => {
    if (!hasSocat) throw new Error(NO_SOCAT);
    const scannerEnd = join(dir.dir, 'scanner');
    const feedEnd = join(dir.dir, 'feed');
    socat = await startPtyPair(scannerEnd, feedEnd);
    const scans: ScanEvent[] = [];
    const s = createSerialScanner({
      settings: { name: 'Bench tty', path: scannerEnd, baudRate: 9600, terminator: 'CRLF' },
      binding: systemSerialBinding,
      onScan: (scan) => scans.push(scan),
      logger: silentLogger,
      now: () => new Date().toISOString(),
      reopen: { baseMs: 50, capMs: 200 },
    });
    scanner = s;
    s.start();
    await vi.waitFor(() => expect(s.live().state).toBe('open'), { timeout: 5000 });

    typeInto(feedEnd, ']d20109506000134352\u001d10LOT7\r\n');
    await vi.waitFor(() => expect(scans).toHaveLength(1), { timeout: 5000 });
    expect(scans[0]).toMatchObject({
      aim: ']d2',
      content: '0109506000134352\u001d10LOT7',
      source: 'serial',
      device: 'Bench tty',
    });

    // Unplugged: the pty's other side disappears, so the open end reads an I/O error.
    await stopPtyPair(socat);
    await vi.waitFor(() => expect(s.live().state).toBe('error'), { timeout: 5000 });

    // Plugged back in (a new pty behind the same path, as a by-id link would be).
    socat = await startPtyPair(scannerEnd, feedEnd);
    await vi.waitFor(() => expect(s.live().state).toBe('open'), { timeout: 5000 });
    typeInto(feedEnd, 'SKU-AFTER\r\n');
    await vi.waitFor(() => expect(scans.map((scan) => scan.content)).toContain('SKU-AFTER'), {
      timeout: 5000,
    });
  });
});
