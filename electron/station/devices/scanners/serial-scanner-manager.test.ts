import { MockBinding } from '@serialport/binding-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methods, WharfError } from '../../../../shared/contract';
import type { MethodInput } from '../../../../shared/contract';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import { uuidV7 } from '../../clock';
import { silentLogger } from '../../logger';
import { manualClock, openTempDatabase } from '../../testing/temp-database';
import type { TempDatabase } from '../../testing/temp-database';
import { makeTempDir } from '../../testing/temp-dir';
import { createScannerHandlers } from './scanner-handlers';
import { createSerialScannerManager } from './serial-scanner-manager';
import type { SerialScannerManager } from './serial-scanner-manager';
import { createUnpluggableMockBinding } from './testing/unpluggable-mock-binding';
import type { UnpluggableMockBinding } from './testing/unpluggable-mock-binding';

let dir: { dir: string; remove: () => void };
let mock: UnpluggableMockBinding;
let database: TempDatabase | null = null;
let manager: SerialScannerManager | null = null;

const clock = manualClock();

/** Opens the station file and the scanners, as a station start does. */
async function startStation() {
  database = openTempDatabase(dir.dir, clock);
  const scanners = createSerialScannerManager({
    db: database.db,
    localWrite: database.localWrite,
    clock,
    newId: uuidV7,
    logger: silentLogger,
    binding: () => Promise.resolve(mock.binding),
    reopen: { baseMs: 20, capMs: 40 },
  });
  manager = scanners;
  await scanners.start();
  const handlers = createScannerHandlers({ scanners, actor: () => 'person-1' });
  // As the dispatcher does: the contract parses the input before a handler sees it.
  const call = {
    list: () => handlers['scanners.list']({}),
    save: (input: MethodInput<'scanners.save'>) =>
      handlers['scanners.save'](methods['scanners.save'].input.parse(input)),
    remove: (id: string) => handlers['scanners.remove']({ id }),
    ports: () => handlers['scanners.ports']({}),
  };
  return { scanners, call, database };
}

async function stopStation(): Promise<void> {
  await manager?.stop();
  manager = null;
  await database?.close();
  database = null;
}

beforeEach(() => {
  dir = makeTempDir('wharf-scanners-');
  MockBinding.reset();
  mock = createUnpluggableMockBinding();
  mock.plug('/dev/ttyUSB0');
  mock.plug('/dev/ttyUSB1');
});

afterEach(async () => {
  await stopStation();
  dir.remove();
});

describe('serial scanner set-up', () => {
  it('opens a saved scanner at once and hands its scans to listeners', async () => {
    const { scanners, call, database: db } = await startStation();
    const scans: ScanEvent[] = [];
    scanners.onScan((scan) => scans.push(scan));

    const saved = await call.save({ name: 'Pack bench 2', path: '/dev/ttyUSB0' });
    expect(saved).toMatchObject({ baudRate: 9600, terminator: 'CR', enabled: true });
    await vi.waitFor(async () => expect((await call.list()).scanners[0]?.state).toBe('open'));
    mock.emit('/dev/ttyUSB0', ']C1SKU-9\r');
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    expect(scans[0]).toMatchObject({ content: 'SKU-9', aim: ']C1', device: 'Pack bench 2' });
    expect((await call.list()).scanners[0]?.lastScanAt).toBe(clock.now());
    expect(db.activity.map((entry) => entry.summary)).toContain(
      'Added scanner "Pack bench 2" on /dev/ttyUSB0, 9600 baud, ends CR',
    );
  });

  it('keeps the set-up across a restart, and reopens the port from it', async () => {
    const first = await startStation();
    const added = await first.call.save({
      name: 'Dock door',
      path: '/dev/ttyUSB1',
      baudRate: 115200,
      terminator: 'CRLF',
    });
    await first.call.save({ name: 'Spare', path: '/dev/ttyUSB0', enabled: false });
    await stopStation();
    expect(mock.isOpen('/dev/ttyUSB1')).toBe(false);

    const second = await startStation();
    const { scanners } = await second.call.list();
    expect(
      scanners.map(({ id, name, path, baudRate, terminator, enabled }) => ({
        id,
        name,
        path,
        baudRate,
        terminator,
        enabled,
      })),
    ).toEqual([
      {
        id: added.id,
        name: 'Dock door',
        path: '/dev/ttyUSB1',
        baudRate: 115200,
        terminator: 'CRLF',
        enabled: true,
      },
      expect.objectContaining({ name: 'Spare', enabled: false }),
    ]);
    await vi.waitFor(() => expect(mock.isOpen('/dev/ttyUSB1')).toBe(true));
    expect(mock.opens('/dev/ttyUSB1')).toBe(2);
    // Switched off: saved, but its port is left alone.
    expect(mock.opens('/dev/ttyUSB0')).toBe(0);
    expect(scanners[1]).toMatchObject({ state: 'closed', message: 'Switched off' });
  });

  it('applies a change by reopening the port with the new settings', async () => {
    const { scanners, call } = await startStation();
    const scans: ScanEvent[] = [];
    scanners.onScan((scan) => scans.push(scan));
    const saved = await call.save({ name: 'Bench', path: '/dev/ttyUSB0', terminator: 'CR' });
    await vi.waitFor(() => expect(mock.isOpen('/dev/ttyUSB0')).toBe(true));
    const edit = { id: saved.id, name: 'Bench A', path: saved.path, terminator: 'LF' as const };
    await call.save(edit);
    await vi.waitFor(() => expect(mock.isOpen('/dev/ttyUSB0')).toBe(true));
    expect(mock.opens('/dev/ttyUSB0')).toBe(2);
    mock.emit('/dev/ttyUSB0', 'LF-ENDED\n');
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    expect(scans[0]).toMatchObject({ content: 'LF-ENDED', device: 'Bench A' });
    // Saving the same settings again changes nothing and logs nothing.
    const before = database?.activity.length;
    await call.save(edit);
    expect(database?.activity.length).toBe(before);
    expect(mock.opens('/dev/ttyUSB0')).toBe(2);
  });

  it('refuses a second scanner on the same port or with the same name', async () => {
    const { call } = await startStation();
    await call.save({ name: 'Bench', path: '/dev/ttyUSB0' });
    await expect(call.save({ name: 'Other', path: '/dev/ttyUSB0' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Bench" already reads /dev/ttyUSB0; choose another port or remove it first',
    });
    await expect(call.save({ name: 'bench', path: '/dev/ttyUSB1' })).rejects.toBeInstanceOf(
      WharfError,
    );
    await expect(
      call.save({ id: uuidV7(), name: 'Ghost', path: '/dev/ttyUSB1' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await call.list()).scanners).toHaveLength(1);
  });

  it('checks the input at the contract: a bad port or baud rate says what is wrong', () => {
    const bad = methods['scanners.save'].input.safeParse({
      name: 'Bench',
      path: 'ttyUSB0',
      baudRate: 9601,
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      'A port is a device path such as /dev/ttyUSB0, or COM3 on Windows',
      expect.stringMatching(/^Choose a baud rate the scanner supports: 1200, .*9600/),
    ]);
    expect(methods['scanners.save'].input.safeParse({ name: 'Bench', path: 'COM3' }).success).toBe(
      true,
    );
  });

  it('removes a scanner: its port is released, it stays gone after a restart, the row is kept', async () => {
    const first = await startStation();
    const saved = await first.call.save({ name: 'Bench', path: '/dev/ttyUSB0' });
    await vi.waitFor(() => expect(mock.isOpen('/dev/ttyUSB0')).toBe(true));
    expect((await first.call.remove(saved.id)).scanners).toEqual([]);
    expect(mock.isOpen('/dev/ttyUSB0')).toBe(false);
    expect(first.database.activity.at(-1)?.summary).toBe('Removed scanner "Bench" (/dev/ttyUSB0)');
    await stopStation();

    const second = await startStation();
    expect((await second.call.list()).scanners).toEqual([]);
    const row = second.database.sqlite
      .prepare('SELECT name, removed_at FROM serial_scanners WHERE id = ?')
      .get(saved.id);
    expect(row).toEqual({ name: 'Bench', removed_at: clock.now() });
    // The port is free again for a new scanner.
    await second.call.save({ name: 'Bench 2', path: '/dev/ttyUSB0' });
    await vi.waitFor(() => expect(mock.isOpen('/dev/ttyUSB0')).toBe(true));
  });

  it('lists the computer’s ports and which scanner uses each', async () => {
    const { call } = await startStation();
    await call.save({ name: 'Bench', path: '/dev/ttyUSB1' });
    const { ports } = await call.ports();
    expect(ports).toEqual([
      expect.objectContaining({ path: '/dev/ttyUSB0', usedBy: null }),
      expect.objectContaining({ path: '/dev/ttyUSB1', usedBy: 'Bench' }),
    ]);
  });
});
