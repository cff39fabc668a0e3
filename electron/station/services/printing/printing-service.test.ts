import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import { PrinterSaveSchema } from '../../../../shared/contract/schemas/printers';
import type { PrinterSaveInput, PrintJobView } from '../../../../shared/contract/schemas/printers';
import { uuidV7 } from '../../clock';
import { silentLogger } from '../../logger';
import { driverForPrinter } from '../../devices/printers/driver-for-printer';
import { probePrinter } from '../../devices/printers/status/printer-probe';
import { freePort, startCapturePrinter } from '../../devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../../devices/printers/testing/capture-printer';
import { manualClock, openTempDatabase } from '../../testing/temp-database';
import type { TempDatabase } from '../../testing/temp-database';
import { makeTempDir } from '../../testing/temp-dir';
import { createPrintingService } from './printing-service';
import type { PrintingService } from './printing-service';
import type { ActivityEntry } from '../../../../shared/contract';

let dir: { dir: string; remove: () => void };
let database: TempDatabase | null = null;
let printing: PrintingService | null = null;
const zebras: CapturePrinter[] = [];
const activity: ActivityEntry[] = [];
const clock = manualClock();

function startPrinting(): PrintingService {
  database = openTempDatabase(dir.dir, clock);
  printing = createPrintingService({
    sqlite: database.sqlite,
    clock,
    newId: uuidV7,
    logger: silentLogger,
    onActivity: (entry) => activity.push(entry),
    stationName: () => Promise.resolve('Pack 2'),
    driverFor: (printer) => driverForPrinter(printer, { tcp: { timeoutMs: 1000 } }),
    retry: { baseMs: 50, capMs: 200 },
    probe: (printer) =>
      probePrinter(printer, { tcp: { connectTimeoutMs: 500, answerTimeoutMs: 300 } }),
    probeIntervalMs: 100,
  });
  printing.start();
  return printing;
}

async function zebra(port?: number): Promise<CapturePrinter> {
  const started = await startCapturePrinter(port);
  zebras.push(started);
  return started;
}

function save(service: PrintingService, input: PrinterSaveInput) {
  return service.save(PrinterSaveSchema.parse(input), 'person-1');
}

const label = (reference: string) => ({
  kind: 'parcel-label',
  reference,
  bytes: Buffer.from(`^XA^FD${reference}^FS^XZ`),
});

beforeEach(() => {
  dir = makeTempDir('wharf-printing-');
  activity.length = 0;
});

afterEach(async () => {
  await printing?.stop();
  printing = null;
  await database?.close();
  database = null;
  for (const started of zebras.splice(0)) await started.close();
  dir.remove();
});

describe('printing service', () => {
  it('prints to the default printer of a kind and tells listeners each state', async () => {
    const first = await zebra();
    const second = await zebra();
    const service = startPrinting();
    const a = save(service, {
      name: 'Zebra A',
      kind: 'label',
      driver: 'tcp',
      address: first.address,
    });
    const b = save(service, {
      name: 'Zebra B',
      kind: 'label',
      driver: 'tcp',
      address: second.address,
      isDefault: true,
    });
    // The first of a kind became its default; choosing another moves the default.
    expect(a.isDefault).toBe(true);
    expect(service.list().map((p) => [p.name, p.isDefault])).toEqual([
      ['Zebra A', false],
      ['Zebra B', true],
    ]);
    const seen: PrintJobView['state'][] = [];
    service.onJobChanged((job) => seen.push(job.state));
    const job = service.printTo('label', label('PCL-1'));
    expect(job).toMatchObject({ printerId: b.id, printerName: 'Zebra B', state: 'queued' });
    await vi.waitFor(() => expect(service.jobsFor('PCL-1')[0]?.state).toBe('printed'));
    expect(second.jobs).toEqual([label('PCL-1').bytes]);
    expect(first.jobs).toEqual([]);
    expect(seen).toEqual(['queued', 'sending', 'printed']);
    expect(service.jobs({ which: 'recent', printerId: a.id, limit: 5 })).toEqual([]);
    expect(service.jobs({ which: 'recent', printerId: b.id, limit: 5 })).toMatchObject([
      { reference: 'PCL-1', state: 'printed', attempts: 1 },
    ]);
  });

  it('says in words that no printer of a kind is set up, or that it is switched off', () => {
    const service = startPrinting();
    expect(() => service.printTo('label', label('PCL-1'))).toThrow(
      'No label printer is set up at this station; add one in Settings › Printers',
    );
    save(service, {
      name: 'Slip',
      kind: 'receipt',
      driver: 'file',
      address: `${dir.dir}/s.bin`,
      enabled: false,
    });
    expect(() => service.printTo('receipt', label('PCL-1'))).toThrow(
      'The receipt printer "Slip" is switched off; switch it on in Settings › Printers',
    );
    expect(() => service.printTo('a4', label('PCL-1'))).toThrow(WharfError);
  });

  it('queues while the printer is off, reports it offline, and prints once when it is back', async () => {
    const port = await freePort();
    const service = startPrinting();
    const printer = save(service, {
      name: 'Zebra 1',
      kind: 'label',
      driver: 'tcp',
      address: `127.0.0.1:${port}`,
    });
    service.printTo('label', label('PCL-1'));
    service.printTo('label', label('PCL-2'));
    await vi.waitFor(() => {
      const view = service.list()[0];
      expect(view?.status.state).toBe('offline');
      expect(view?.waiting).toBe(2);
      expect(view?.lastError).toMatch(/refused the connection/);
    });
    const back = await zebra(port);
    await vi.waitFor(() => expect(back.jobs).toHaveLength(2));
    await vi.waitFor(() => expect(service.list()[0]?.status.state).toBe('ready'));
    expect(back.jobs).toEqual([label('PCL-1').bytes, label('PCL-2').bytes]);
    expect(service.jobs({ which: 'waiting', printerId: printer.id, limit: 50 })).toEqual([]);
  });

  it('shows paper out and head open as the printer reports them', async () => {
    const printerAt = await zebra();
    printerAt.setHostStatus({ paperOut: true, headOpen: true });
    const service = startPrinting();
    save(service, { name: 'Zebra 1', kind: 'label', driver: 'tcp', address: printerAt.address });
    await vi.waitFor(() =>
      expect(service.list()[0]?.status).toMatchObject({
        state: 'attention',
        problems: ['paper-out', 'head-open'],
        message: 'Out of labels or paper: load more; print head open: close it',
      }),
    );
    printerAt.setHostStatus({});
    await vi.waitFor(() => expect(service.list()[0]?.status.state).toBe('ready'));
  });

  it('test-prints a ZPL label, an ESC/POS slip and a PDF page, each logged', async () => {
    const printerAt = await zebra();
    const service = startPrinting();
    const zpl = save(service, {
      name: 'Zebra',
      kind: 'label',
      driver: 'tcp',
      address: printerAt.address,
    });
    const slip = save(service, {
      name: 'Slip',
      kind: 'receipt',
      driver: 'file',
      address: `${dir.dir}/slip.bin`,
    });
    const page = save(service, {
      name: 'Laser',
      kind: 'a4',
      driver: 'file',
      address: `${dir.dir}/page.pdf`,
    });
    await service.testPrint(zpl.id, 'person-1');
    await service.testPrint(slip.id, 'person-1');
    await service.testPrint(page.id, 'person-1');
    await vi.waitFor(() => expect(service.jobs({ which: 'waiting', limit: 50 })).toEqual([]));
    const sent = printerAt.jobs[0]?.toString('utf8') ?? '';
    expect(sent.startsWith('^XA')).toBe(true);
    expect(sent).toContain('Zebra');
    const { readFileSync } = await import('node:fs');
    const slipBytes = readFileSync(`${dir.dir}/slip.bin`);
    expect([...slipBytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect([...slipBytes.subarray(-4)]).toEqual([0x1d, 0x56, 0x42, 0x00]);
    expect(slipBytes.toString('latin1')).toContain('Printer: Slip');
    expect(readFileSync(`${dir.dir}/page.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
    expect(activity.filter((e) => e.kind === 'print.test').map((e) => e.summary)).toEqual([
      'Test print on "Zebra"',
      'Test print on "Slip"',
      'Test print on "Laser"',
    ]);
  });

  it('reprints only with a reason of a few words, and logs it', async () => {
    const printerAt = await zebra();
    const service = startPrinting();
    save(service, { name: 'Zebra', kind: 'label', driver: 'tcp', address: printerAt.address });
    const original = service.printTo('label', label('PCL-7'));
    expect(() => service.reprint(original.id, 'no')).toThrow(
      'Say why in a few words, e.g. "label torn"',
    );
    const copy = service.reprint(original.id, 'Label torn', 'person-1');
    expect(copy).toMatchObject({ copyOf: original.id, reprintReason: 'Label torn' });
    await vi.waitFor(() => expect(printerAt.jobs).toHaveLength(2));
    expect(activity.at(-1)).toMatchObject({
      kind: 'print.reprinted',
      actor: 'person-1',
      summary: 'Reprinted parcel-label PCL-7 on Zebra: Label torn',
    });
  });

  it('lets a person give up on a stuck job, keeps it with the reason, and moves on', async () => {
    const port = await freePort();
    const service = startPrinting();
    save(service, { name: 'Zebra', kind: 'label', driver: 'tcp', address: `127.0.0.1:${port}` });
    const stuck = service.printTo('label', label('PCL-1'));
    service.printTo('label', label('PCL-2'));
    await vi.waitFor(() => expect(service.jobsFor('PCL-1')[0]?.lastError).not.toBeNull());
    await vi.waitFor(() => expect(service.jobsFor('PCL-1')[0]?.state).toBe('queued'));
    const failed = service.giveUp(stuck.id, 'Parcel was re-packed', 'person-1');
    expect(failed).toMatchObject({ state: 'failed', givenUpReason: 'Parcel was re-packed' });
    expect(() => service.giveUp(stuck.id, 'again please', 'person-1')).toThrow(
      'This job has already been given up',
    );
    expect(() => service.retryNow(stuck.id)).toThrow('reprint it with a reason instead');
    const back = await zebra(port);
    await vi.waitFor(() => expect(back.jobs).toEqual([label('PCL-2').bytes]));
    expect(activity.at(-1)?.kind).toBe('print.given-up');
  });

  it('refuses to remove a printer that owes jobs; removes one that does not, keeping its rows', async () => {
    const port = await freePort();
    const service = startPrinting();
    const printer = save(service, {
      name: 'Zebra',
      kind: 'label',
      driver: 'tcp',
      address: `127.0.0.1:${port}`,
    });
    const job = service.printTo('label', label('PCL-1'));
    expect(() => service.remove(printer.id, 'person-1')).toThrow(
      '"Zebra" still has 1 job to print; let them print or give them up first',
    );
    await vi.waitFor(() =>
      expect(service.jobsFor('PCL-1')[0]).toMatchObject({
        state: 'queued',
        lastError: expect.any(String) as unknown,
      }),
    );
    service.giveUp(job.id, 'Printer broken', 'person-1');
    service.remove(printer.id, 'person-1');
    expect(service.list()).toEqual([]);
    expect(service.jobsFor('PCL-1')[0]?.printerName).toBe('Zebra');
    expect(() => service.printTo('label', label('PCL-2'))).toThrow(/No label printer/);
  });

  it('refuses a second printer with the same name, and an edit of a printer that is gone', () => {
    const service = startPrinting();
    save(service, { name: 'Zebra', kind: 'label', driver: 'file', address: `${dir.dir}/a` });
    expect(() =>
      save(service, { name: 'zebra', kind: 'label', driver: 'file', address: `${dir.dir}/b` }),
    ).toThrow('There is already a printer called "Zebra"; give this one another name');
    expect(() =>
      save(service, {
        id: 'nope',
        name: 'Other',
        kind: 'label',
        driver: 'file',
        address: `${dir.dir}/b`,
      }),
    ).toThrow('That printer is no longer set up here; open the printer list again');
    expect(activity.map((e) => e.kind)).toEqual(['printer.added']);
  });
});

describe('printer address rules', () => {
  const parse = (driver: 'tcp' | 'spooler' | 'file', address: string) =>
    PrinterSaveSchema.safeParse({ name: 'P', kind: 'label', driver, address });

  it('adds port 9100 to a TCP host and keeps a given port', () => {
    expect(parse('tcp', '192.168.1.40').data?.address).toBe('192.168.1.40:9100');
    expect(parse('tcp', ' zebra-1.local:6101 ').data?.address).toBe('zebra-1.local:6101');
    expect(parse('tcp', '[::1]:9100').data?.address).toBe('[::1]:9100');
  });

  it('refuses bad ports, hosts, queue names and relative paths with what to write', () => {
    const message = (driver: 'tcp' | 'spooler' | 'file', address: string) =>
      parse(driver, address).error?.issues[0]?.message;
    expect(message('tcp', 'zebra:0')).toBe(
      'The port must be a number from 1 to 65535 (usually 9100)',
    );
    expect(message('tcp', 'zebra:65536')).toBe(
      'The port must be a number from 1 to 65535 (usually 9100)',
    );
    expect(message('tcp', 'zebra:')).toBe(
      'The port must be a number from 1 to 65535 (usually 9100)',
    );
    expect(message('tcp', 'ze bra')).toMatch(/^Write the address as host:port/);
    expect(message('spooler', 'Zebra ZD420')).toMatch(/^A print queue name uses letters/);
    expect(message('file', 'labels.zpl')).toMatch(/^Give the whole path of the file/);
    expect(message('tcp', '   ')).toBe('Give the printer its host:port');
    expect(parse('file', 'C:\\labels\\out.zpl').success).toBe(true);
  });
});
