import { join } from 'node:path';
import { systemClock, uuidV7 } from '../../electron/station/clock';
import { silentLogger } from '../../electron/station/logger';
import { createPrintingService } from '../../electron/station/services/printing/printing-service';
import type { PrintingService } from '../../electron/station/services/printing/printing-service';
import { startCapturePrinter } from '../../electron/station/devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../../electron/station/devices/printers/testing/capture-printer';
import { openTempDatabase } from '../../electron/station/testing/temp-database';
import { msSince } from '../harness/percentiles';
import { benchLabelZpl } from './bench-label';
import { sendRaw } from './raw-socket-send';

export interface PrintFigures {
  labelBytes: number;
  labelToPrinterMs: number[];
  rawSendMs: number[];
  spool: { jobs: number; seconds: number };
  raw: { jobs: number; seconds: number };
}

interface Rig {
  printing: PrintingService;
  zebra: CapturePrinter;
  close(): Promise<void>;
}

/** A station file, its printing service and one TCP label printer on a loopback capture server. */
async function startRig(dir: string): Promise<Rig> {
  const zebra = await startCapturePrinter();
  const database = openTempDatabase(join(dir, 'station'), systemClock);
  const printing = createPrintingService({
    sqlite: database.sqlite,
    clock: systemClock,
    newId: uuidV7,
    logger: silentLogger,
  });
  printing.start();
  printing.save(
    {
      name: 'Zebra bench',
      kind: 'label',
      driver: 'tcp',
      address: zebra.address,
      enabled: true,
      isDefault: true,
      dpi: 203,
    },
    'bench',
  );
  return {
    printing,
    zebra,
    async close() {
      await printing.stop();
      await database.close();
      await zebra.close();
    },
  };
}

function assertInOrder(received: readonly Buffer[], expected: readonly Buffer[], what: string) {
  if (received.length !== expected.length) {
    throw new Error(
      `${what}: the printer received ${received.length} jobs, not ${expected.length}`,
    );
  }
  received.forEach((job, i) => {
    if (!job.equals(expected[i] as Buffer))
      throw new Error(`${what}: job ${i + 1} is out of order`);
  });
}

/**
 * label_to_printer: build the ZPL, spool it (SQLite row) and wait until the printer has every
 * byte; beside it the same bytes written straight to the socket. Then throughput: `jobs` labels
 * spooled at once and printed in order, beside the same labels sent one by one over raw sockets.
 */
export async function measurePrinting(
  dir: string,
  settings: { samples: number; warmup: number; jobs: number },
): Promise<PrintFigures> {
  const rig = await startRig(dir);
  const { printing, zebra } = rig;
  try {
    const labelToPrinterMs: number[] = [];
    const rawSendMs: number[] = [];
    let sent = 0;
    for (let i = 0; i < settings.warmup + settings.samples; i += 1) {
      const start = process.hrtime.bigint();
      const bytes = benchLabelZpl(i);
      printing.printTo('label', { kind: 'parcel-label', reference: `LAT-${i}`, bytes });
      sent += 1;
      await zebra.waitForJobs(sent);
      const spooled = msSince(start);

      const rawStart = process.hrtime.bigint();
      await sendRaw(zebra.port, bytes);
      sent += 1;
      await zebra.waitForJobs(sent);
      const raw = msSince(rawStart);
      if (i >= settings.warmup) {
        labelToPrinterMs.push(spooled);
        rawSendMs.push(raw);
      }
    }
    const labelBytes = benchLabelZpl(0).length;

    const labels = Array.from({ length: settings.jobs }, (_, i) => benchLabelZpl(100_000 + i));
    const before = zebra.jobs.length;
    const spoolStart = process.hrtime.bigint();
    labels.forEach((bytes, i) =>
      printing.printTo('label', { kind: 'parcel-label', reference: `TPUT-${i}`, bytes }),
    );
    await zebra.waitForJobs(before + labels.length);
    const spoolSeconds = msSince(spoolStart) / 1000;
    assertInOrder(zebra.jobs.slice(before), labels, 'spool');

    const rawBefore = zebra.jobs.length;
    const rawStart = process.hrtime.bigint();
    for (const bytes of labels) await sendRaw(zebra.port, bytes);
    await zebra.waitForJobs(rawBefore + labels.length);
    const rawSeconds = msSince(rawStart) / 1000;
    assertInOrder(zebra.jobs.slice(rawBefore), labels, 'raw socket');

    return {
      labelBytes,
      labelToPrinterMs,
      rawSendMs,
      spool: { jobs: labels.length, seconds: spoolSeconds },
      raw: { jobs: labels.length, seconds: rawSeconds },
    };
  } finally {
    await rig.close();
  }
}
