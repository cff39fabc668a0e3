import { MockBinding } from '@serialport/binding-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScannerTerminator } from '../../../../shared/contract';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import { silentLogger } from '../../logger';
import { createSerialScanner } from './serial-scanner';
import type { SerialScanner } from './serial-scanner';
import { createUnpluggableMockBinding } from './testing/unpluggable-mock-binding';
import type { UnpluggableMockBinding } from './testing/unpluggable-mock-binding';

const PATH = '/dev/ttyUSB0';
const GS = '\u001d';

let mock: UnpluggableMockBinding;
let scanner: SerialScanner | null = null;

beforeEach(() => {
  MockBinding.reset();
  mock = createUnpluggableMockBinding();
  mock.plug(PATH);
});

afterEach(async () => {
  await scanner?.stop();
  scanner = null;
});

async function openScanner(terminator: ScannerTerminator = 'CR') {
  const scans: ScanEvent[] = [];
  const messages: string[] = [];
  const s = createSerialScanner({
    settings: { name: 'Pack bench 2', path: PATH, baudRate: 9600, terminator },
    binding: () => Promise.resolve(mock.binding),
    onScan: (scan) => scans.push(scan),
    onChange: (live) => {
      if (live.message !== null && messages.at(-1) !== live.message) messages.push(live.message);
    },
    logger: silentLogger,
    now: () => '2026-11-26T12:00:00.000Z',
    reopen: { baseMs: 20, capMs: 80 },
  });
  scanner = s;
  s.start();
  await vi.waitFor(() => expect(s.live().state).toBe('open'));
  return { scanner: s, scans, messages };
}

describe('serial scanner framing', () => {
  it.each<[ScannerTerminator, string]>([
    ['CR', '\r'],
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('cuts scans at %s, also when a scan arrives in pieces', async (terminator, end) => {
    const { scans, scanner: s } = await openScanner(terminator);
    mock.emit(PATH, `0950600013435${end}ABC`);
    mock.emit(PATH, `-12`);
    mock.emit(PATH, `3${end}`);
    await vi.waitFor(() => expect(scans).toHaveLength(2));
    expect(scans.map((scan) => scan.content)).toEqual(['0950600013435', 'ABC-123']);
    expect(scans[0]).toEqual({
      content: '0950600013435',
      aim: null,
      source: 'serial',
      device: 'Pack bench 2',
      at: '2026-11-26T12:00:00.000Z',
    });
    expect(s.live().lastScanAt).toBe('2026-11-26T12:00:00.000Z');
  });

  it('waits for both bytes of CRLF even when they arrive apart', async () => {
    const { scans } = await openScanner('CRLF');
    mock.emit(PATH, 'A-01-03\r');
    mock.emit(PATH, '\nB-02-04\r\n');
    await vi.waitFor(() => expect(scans).toHaveLength(2));
    expect(scans.map((scan) => scan.content)).toEqual(['A-01-03', 'B-02-04']);
  });

  it('reads a CRLF scanner set to CR without a stray line feed', async () => {
    const { scans } = await openScanner('CR');
    mock.emit(PATH, 'A-01-03\r\nB-02-04\r\n');
    await vi.waitFor(() => expect(scans).toHaveLength(2));
    expect(scans.map((scan) => scan.content)).toEqual(['A-01-03', 'B-02-04']);
  });

  it('strips the AIM prefix into aim and keeps GS separators in the content', async () => {
    const { scans } = await openScanner('CR');
    const gs1 = `0109506000134352${GS}10LOT42${GS}17271231`;
    mock.emit(PATH, `]C1${gs1}\r]E00950600013435\r`);
    await vi.waitFor(() => expect(scans).toHaveLength(2));
    expect(scans[0]).toMatchObject({ aim: ']C1', content: gs1 });
    expect(scans[0]?.content).toContain(GS);
    expect(scans[1]).toMatchObject({ aim: ']E0', content: '0950600013435' });
  });

  it('drops garbage and overlong input, says why, and keeps reading', async () => {
    const { scans, scanner: s } = await openScanner('CR');
    // Wrong baud rate looks like this: bytes that are not UTF-8.
    mock.emit(PATH, Buffer.from([0xff, 0xfe, 0x80, 0x0d]));
    await vi.waitFor(() => expect(s.live().lastRejected?.reason).toMatch(/not text/));
    mock.emit(PATH, 'AB\u0007C\r');
    await vi.waitFor(() => expect(s.live().lastRejected?.reason).toMatch(/control characters/));
    mock.emit(PATH, `${'9'.repeat(600)}\r`);
    await vi.waitFor(() => expect(s.live().lastRejected?.reason).toMatch(/512 characters/));
    // No terminator at all (scanner set to Tab, say): bounded, not buffered for ever.
    mock.emit(PATH, 'X'.repeat(3000));
    await vi.waitFor(() =>
      expect(s.live().lastRejected?.reason).toMatch(/without the end-of-scan/),
    );
    mock.emit(PATH, 'tail of the noise\rSKU-1\r');
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    expect(scans[0]?.content).toBe('SKU-1');
    expect(s.live().state).toBe('open');
  });

  it('ignores blank lines without calling them errors', async () => {
    const { scans, scanner: s } = await openScanner('LF');
    mock.emit(PATH, '\n\nSKU-2\n');
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    expect(s.live().lastRejected).toBeNull();
  });
});

describe('serial scanner connection', () => {
  it('reports a lost scanner, retries, and reads again once it is plugged back in', async () => {
    const { scans, scanner: s, messages } = await openScanner('CR');
    mock.unplug(PATH);
    await vi.waitFor(() => expect(messages.length).toBeGreaterThanOrEqual(2));
    expect(s.live().state).toBe('error');
    expect(messages[0]).toMatch(
      /^Lost the scanner on \/dev\/ttyUSB0 \(unplugged\?\)\. Trying again/,
    );
    // Still missing: the next attempt says so in words a person can act on.
    expect(messages[1]).toMatch(/^There is no serial port \/dev\/ttyUSB0: plug the scanner in/);
    mock.plug(PATH);
    await vi.waitFor(() => expect(s.live().state).toBe('open'));
    expect(s.live().message).toBeNull();
    expect(mock.opens(PATH)).toBe(2);
    mock.emit(PATH, 'AFTER-REPLUG\r');
    await vi.waitFor(() => expect(scans.map((scan) => scan.content)).toEqual(['AFTER-REPLUG']));
  });

  it('keeps trying a port that is missing at start, and opens it when it appears', async () => {
    mock.unplug(PATH);
    const s = createSerialScanner({
      settings: { name: 'Dock', path: PATH, baudRate: 9600, terminator: 'CR' },
      binding: () => Promise.resolve(mock.binding),
      onScan: () => undefined,
      logger: silentLogger,
      now: () => '2026-11-26T12:00:00.000Z',
      reopen: { baseMs: 20, capMs: 40 },
    });
    scanner = s;
    s.start();
    await vi.waitFor(() => expect(s.live().state).toBe('error'));
    mock.plug(PATH);
    await vi.waitFor(() => expect(s.live().state).toBe('open'));
  });

  it('stops cleanly: the port is released and no retry reopens it', async () => {
    const { scanner: s } = await openScanner('CR');
    await s.stop();
    expect(s.live().state).toBe('closed');
    expect(mock.isOpen(PATH)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mock.opens(PATH)).toBe(1);
  });

  it('says so when the computer has no serial support, without crashing', async () => {
    const s = createSerialScanner({
      settings: { name: 'Dock', path: PATH, baudRate: 9600, terminator: 'CR' },
      binding: () => Promise.reject(new Error('native module missing')),
      onScan: () => undefined,
      logger: silentLogger,
      now: () => '2026-11-26T12:00:00.000Z',
    });
    scanner = s;
    s.start();
    await vi.waitFor(() => expect(s.live().state).toBe('error'));
    expect(s.live().message).toMatch(/native module missing/);
  });
});
