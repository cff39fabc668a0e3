import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import { uuidV7 } from '../../clock';
import { silentLogger } from '../../logger';
import { manualClock, openTempDatabase } from '../../testing/temp-database';
import type { TempDatabase } from '../../testing/temp-database';
import { makeTempDir } from '../../testing/temp-dir';
import { driverForPrinter } from './driver-for-printer';
import { createPrintSpool } from './print-spool';
import type { PrintSpool } from './print-spool';
import { freePort, startCapturePrinter } from './testing/capture-printer';
import type { CapturePrinter } from './testing/capture-printer';

let dir: { dir: string; remove: () => void };
let database: TempDatabase | null = null;
let spool: PrintSpool | null = null;
let zebra: CapturePrinter | null = null;
const clock = manualClock();

/** Opens the station file and starts the spool, as a station start does. */
function startStation(): PrintSpool {
  database = openTempDatabase(dir.dir, clock);
  spool = createPrintSpool({
    sqlite: database.sqlite,
    clock,
    newId: uuidV7,
    logger: silentLogger,
    driverFor: (printer) => driverForPrinter(printer, { tcp: { timeoutMs: 1000 } }),
    retry: { baseMs: 20, capMs: 80 },
  });
  spool.start();
  return spool;
}

async function stopStation(): Promise<void> {
  await spool?.stop();
  spool = null;
  await database?.close();
  database = null;
}

function label(parcel: string, n: number, of: number) {
  return {
    kind: 'parcel-label',
    reference: parcel,
    bytes: Buffer.from(`^XA^FO40,40^FD${parcel} ${n} of ${of}^FS^XZ`),
  };
}

beforeEach(() => {
  dir = makeTempDir('wharf-spool-');
});

afterEach(async () => {
  await stopStation();
  await zebra?.close();
  zebra = null;
  dir.remove();
});

describe('print spool', () => {
  it('sends a queued label to the printer and records it printed', async () => {
    zebra = await startCapturePrinter();
    const station = startStation();
    const printer = station.addPrinter({
      name: 'Zebra 1',
      kind: 'label',
      driver: 'tcp',
      address: zebra.address,
    });
    const job = station.enqueue(printer.id, label('PCL-1', 1, 1));
    expect(job).toMatchObject({ state: 'queued', seq: 1, reference: 'PCL-1', copyOf: null });
    await vi.waitFor(() => expect(station.jobs()[0]?.state).toBe('printed'));
    expect(zebra.jobs).toEqual([label('PCL-1', 1, 1).bytes]);
    expect(station.jobs()[0]).toMatchObject({
      attempts: 1,
      lastError: null,
      printedAt: clock.now(),
    });
  });

  it('keeps jobs queued with the error while the printer is off, then prints each once, in order', async () => {
    const port = await freePort();
    const station = startStation();
    const printer = station.addPrinter({
      name: 'Zebra 1',
      kind: 'label',
      driver: 'tcp',
      address: `127.0.0.1:${port}`,
    });
    const docs = [label('PCL-1', 1, 3), label('PCL-2', 2, 3), label('PCL-3', 3, 3)];
    for (const doc of docs) station.enqueue(printer.id, doc);

    // Read between attempts: during one the first job is briefly 'sending'.
    await vi.waitFor(() => {
      expect(station.jobs()[0]?.attempts).toBeGreaterThanOrEqual(2);
      expect(station.jobs().map((job) => job.state)).toEqual(['queued', 'queued', 'queued']);
    });
    expect(station.failedJobs()).toHaveLength(1);
    expect(station.failedJobs()[0]?.lastError).toBe(
      `Printer at 127.0.0.1:${port} refused the connection: is it switched on, and is port ${port} open?`,
    );
    // Later jobs wait behind the one that failed rather than overtaking it.
    expect(
      station
        .jobs()
        .slice(1)
        .map((job) => job.attempts),
    ).toEqual([0, 0]);

    zebra = await startCapturePrinter(port);
    await vi.waitFor(() =>
      expect(station.jobs().every((job) => job.state === 'printed')).toBe(true),
    );
    expect(zebra.jobs).toEqual(docs.map((doc) => doc.bytes));
    expect(station.failedJobs()).toEqual([]);
  });

  it('loses nothing and sends each job once when the station restarts mid-queue', async () => {
    const port = await freePort();
    let station = startStation();
    const printer = station.addPrinter({
      name: 'Zebra 1',
      kind: 'label',
      driver: 'tcp',
      address: `127.0.0.1:${port}`,
    });
    const docs = [label('PCL-1', 1, 3), label('PCL-2', 2, 3), label('PCL-3', 3, 3)];
    for (const doc of docs) station.enqueue(printer.id, doc);
    await vi.waitFor(() => expect(station.failedJobs()).toHaveLength(1));
    await stopStation();

    zebra = await startCapturePrinter(port);
    station = startStation();
    await vi.waitFor(() =>
      expect(station.jobs().every((job) => job.state === 'printed')).toBe(true),
    );
    expect(zebra.jobs).toEqual(docs.map((doc) => doc.bytes));
  });

  it('queues again a job a crash caught while sending', async () => {
    zebra = await startCapturePrinter();
    let station = startStation();
    const printer = station.addPrinter({
      name: 'Zebra 1',
      kind: 'label',
      driver: 'tcp',
      address: zebra.address,
    });
    await station.stop();
    const interrupted = station.enqueue(printer.id, label('PCL-1', 1, 2));
    station.enqueue(printer.id, label('PCL-2', 2, 2));
    // What a power cut between "sending" and "printed" leaves in the file.
    database?.sqlite
      .prepare(`UPDATE print_jobs SET state = 'sending' WHERE id = ?`)
      .run(interrupted.id);
    await stopStation();

    station = startStation();
    await vi.waitFor(() =>
      expect(station.jobs().every((job) => job.state === 'printed')).toBe(true),
    );
    expect(zebra.jobs).toEqual([label('PCL-1', 1, 2).bytes, label('PCL-2', 2, 2).bytes]);
  });

  it('prints a document once; a reprint needs a reason, which is kept', async () => {
    zebra = await startCapturePrinter();
    const station = startStation();
    const printer = station.addPrinter({
      name: 'Zebra 1',
      kind: 'label',
      driver: 'tcp',
      address: zebra.address,
    });
    const original = station.enqueue(printer.id, label('PCL-9', 1, 1));

    expect(() => station.enqueue(printer.id, label('PCL-9', 1, 1))).toThrow(
      'The parcel-label for PCL-9 has already been sent to print; reprint it and give a reason',
    );
    for (const reason of ['', '   ']) {
      expect(() => station.reprint(original.id, reason)).toThrow(WharfError);
      expect(() => station.reprint(original.id, reason)).toThrow(
        'Say why this is being printed again',
      );
    }
    const copy = station.reprint(original.id, ' Label torn by the tape gun ');
    const copyOfCopy = station.reprint(copy.id, 'Smudged');

    expect(copy).toMatchObject({
      copyOf: original.id,
      reprintReason: 'Label torn by the tape gun',
    });
    expect(copyOfCopy).toMatchObject({ copyOf: original.id, reprintReason: 'Smudged' });
    await vi.waitFor(() => expect(zebra?.jobs).toHaveLength(3));
    expect(
      station.jobs({ reference: 'PCL-9' }).map((job) => [job.state, job.reprintReason]),
    ).toEqual([
      ['printed', null],
      ['printed', 'Label torn by the tape gun'],
      ['printed', 'Smudged'],
    ]);
  });

  it('shows the job on its way as sending, refuses to give it up, and gives up one behind it', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    database = openTempDatabase(dir.dir, clock);
    const station = createPrintSpool({
      sqlite: database.sqlite,
      clock,
      newId: uuidV7,
      logger: silentLogger,
      // A printer that takes its time over the first job.
      driverFor: () => ({ send: () => held }),
    });
    spool = station;
    station.start();
    const printer = station.addPrinter({
      name: 'Slow',
      kind: 'label',
      driver: 'file',
      address: '/x',
    });
    const first = station.enqueue(printer.id, label('PCL-1', 1, 2));
    const second = station.enqueue(printer.id, label('PCL-2', 2, 2));
    await vi.waitFor(() => expect(station.sendingTo(printer.id)).toBe(first.id));
    expect(station.jobs().map((job) => job.state)).toEqual(['sending', 'queued']);
    expect(() => station.giveUp(first.id, 'Too slow')).toThrow(
      'This job is being sent to the printer right now; wait a moment and look again',
    );
    expect(station.giveUp(second.id, 'Parcel re-packed')).toMatchObject({
      state: 'failed',
      givenUpReason: 'Parcel re-packed',
    });
    release();
    await vi.waitFor(() =>
      expect(station.jobs().map((job) => job.state)).toEqual(['printed', 'failed']),
    );
    expect(station.jobs()[0]?.attempts).toBe(1);
  });

  it('refuses a job for a printer it does not know', () => {
    const station = startStation();
    expect(() => station.enqueue('nope', label('PCL-1', 1, 1))).toThrow('There is no printer nope');
    expect(station.jobs()).toEqual([]);
  });
});
