import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../testing/temp-dir';
import type { Printer } from '../print-job-repository';
import { freePort, startCapturePrinter } from '../testing/capture-printer';
import type { CapturePrinter } from '../testing/capture-printer';
import { formatHostStatus } from '../testing/host-status-answer';
import { probePrinter } from './printer-probe';
import { readLpstat } from './spooler-status-probe';
import { parseHostStatus } from './zebra-host-status';

let dir: { dir: string; remove: () => void };
let zebra: CapturePrinter | null = null;

beforeEach(() => {
  dir = makeTempDir('wharf-probe-');
});
afterEach(async () => {
  await zebra?.close();
  zebra = null;
  dir.remove();
});

function printer(overrides: Partial<Printer>): Printer {
  return {
    id: 'p1',
    name: 'Zebra 1',
    kind: 'label',
    driver: 'tcp',
    dpi: 203,
    address: '127.0.0.1:9100',
    enabled: true,
    isDefault: true,
    createdAt: '2026-11-26T12:00:00.000Z',
    removedAt: null,
    ...overrides,
  };
}

const fast = { tcp: { connectTimeoutMs: 1000, answerTimeoutMs: 300 } };

describe('Zebra ~HS answer', () => {
  it('reads paper out, pause, head open and ribbon out from their positions', () => {
    expect(parseHostStatus(formatHostStatus({}))).toEqual([]);
    expect(parseHostStatus(formatHostStatus({ paperOut: true }))).toEqual(['paper-out']);
    expect(parseHostStatus(formatHostStatus({ headOpen: true, paused: true }))).toEqual([
      'head-open',
      'paused',
    ]);
    expect(parseHostStatus(formatHostStatus({ ribbonOut: true }))).toEqual(['ribbon-out']);
  });

  it('is not fooled by an answer that is not one', () => {
    expect(parseHostStatus('')).toBeNull();
    expect(parseHostStatus('\x02hello\x03\r\n\x02world\x03\r\n\x02!\x03\r\n')).toBeNull();
  });
});

describe('probing a port-9100 label printer', () => {
  it('reports a reachable printer with nothing wrong, and prints nothing', async () => {
    zebra = await startCapturePrinter();
    const probe = await probePrinter(printer({ address: zebra.address }), fast);
    expect(probe).toEqual({ reachable: true, problems: [], detail: null });
    expect(zebra.statusQueries).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(zebra.jobs).toEqual([]);
  });

  it('reads paper out and head open from the printer', async () => {
    zebra = await startCapturePrinter();
    zebra.setHostStatus({ paperOut: true, headOpen: true });
    const probe = await probePrinter(printer({ address: zebra.address }), fast);
    expect(probe).toEqual({ reachable: true, problems: ['paper-out', 'head-open'], detail: null });
  });

  it('says reachable but silent when the printer does not answer ~HS', async () => {
    zebra = await startCapturePrinter();
    zebra.setHostStatus('silent');
    const probe = await probePrinter(printer({ address: zebra.address }), fast);
    expect(probe.reachable).toBe(true);
    expect(probe.problems).toEqual([]);
    expect(probe.detail).toMatch(/did not report its paper and head/);
  });

  it('does not send ~HS to a receipt printer, which would print it', async () => {
    zebra = await startCapturePrinter();
    const probe = await probePrinter(printer({ kind: 'receipt', address: zebra.address }), fast);
    expect(probe).toEqual({ reachable: true, problems: [], detail: null });
    expect(zebra.statusQueries).toBe(0);
  });

  it('says why a printer that is off cannot be reached', async () => {
    const port = await freePort();
    const probe = await probePrinter(printer({ address: `127.0.0.1:${port}` }), fast);
    expect(probe).toEqual({
      reachable: false,
      problems: [],
      detail: `127.0.0.1:${port} refused the connection: is the printer switched on?`,
    });
  });

  it('refuses a malformed address without connecting', async () => {
    const probe = await probePrinter(printer({ address: 'zebra:99999' }), fast);
    expect(probe.reachable).toBe(false);
    expect(probe.detail).toBe('"zebra:99999" is not a printer address; write it as host:port');
  });
});

describe('probing a CUPS queue', () => {
  function fakeLpstat(body: string): string {
    const path = join(dir.dir, 'lpstat');
    writeFileSync(path, `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it('runs lpstat -p QUEUE and reads idle, printing and disabled', async () => {
    const lpstat = fakeLpstat(
      `[ "$1" = "-p" ] || exit 9\ncase "$2" in\n` +
        `Idle) echo "printer Idle is idle.  enabled since Thu 26 Nov 2026";;\n` +
        `Busy) echo "printer Busy now printing Busy-12.  enabled since Thu 26 Nov 2026";;\n` +
        `Off) printf 'printer Off disabled since Thu 26 Nov 2026 -\\n\\tPaused by admin\\n';;\n` +
        `*) echo "lpstat: Invalid destination name in list \\"$2\\"." >&2; exit 1;;\nesac`,
    );
    const probe = (queue: string) =>
      probePrinter(printer({ driver: 'spooler', address: queue }), {
        spooler: { executable: lpstat },
      });
    expect(await probe('Idle')).toEqual({ reachable: true, problems: [], detail: null });
    expect(await probe('Busy')).toEqual({ reachable: true, problems: [], detail: 'Printing' });
    expect(await probe('Off')).toEqual({
      reachable: true,
      problems: ['queue-disabled'],
      detail: 'The print queue Off is stopped (Paused by admin); start it again with cupsenable',
    });
    expect(await probe('Nope')).toEqual({
      reachable: false,
      problems: [],
      detail: 'The print spooler has no queue called Nope; check its name',
    });
  });

  it('says so when lpstat is not installed', async () => {
    const probe = await probePrinter(printer({ driver: 'spooler', address: 'Q' }), {
      spooler: { executable: join(dir.dir, 'no-such-lpstat') },
    });
    expect(probe.reachable).toBe(false);
    expect(probe.detail).toMatch(/is not installed on this station \(install CUPS\)/);
  });

  it('reads a scheduler that is down', () => {
    expect(readLpstat('Q', '', 'lpstat: Unable to connect to server.').detail).toBe(
      'The print spooler (CUPS) is not running on this station',
    );
  });
});

describe('probing a capture file', () => {
  it('is reachable while its folder exists, unreachable when it does not', async () => {
    const ok = await probePrinter(printer({ driver: 'file', address: join(dir.dir, 'l.zpl') }));
    expect(ok).toEqual({ reachable: true, problems: [], detail: null });
    const gone = join(dir.dir, 'missing', 'l.zpl');
    const missing = await probePrinter(printer({ driver: 'file', address: gone }));
    expect(missing).toEqual({
      reachable: false,
      problems: [],
      detail: `The folder ${join(dir.dir, 'missing')} does not exist or cannot be written to`,
    });
  });
});
