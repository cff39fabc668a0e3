import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { WharfError } from '../../../../shared/contract';
import type { Clock, IdSource } from '../../clock';
import type { Logger } from '../../logger';
import { driverForPrinter } from './driver-for-printer';
import { createPrintJobRepository, PRINTER_DRIVERS, PRINTER_KINDS } from './print-job-repository';
import type { Printer, PrintJob } from './print-job-repository';
import type { PrinterDriver } from './printer-driver';
import { PrinterError } from './printer-driver';
import { createWakeableWait } from './wakeable-wait';

export const NewPrinterSchema = z.object({
  name: z.string().trim().min(1, 'Give the printer a name'),
  kind: z.enum(PRINTER_KINDS),
  driver: z.enum(PRINTER_DRIVERS),
  address: z.string().trim().min(1, 'Give the printer an address'),
  enabled: z.boolean().default(true),
});
export type NewPrinter = z.input<typeof NewPrinterSchema>;

export const PrintDocumentSchema = z.object({
  /** What is printed, e.g. 'parcel-label', 'packing-slip'. */
  kind: z.string().trim().min(1),
  /** What it is for, e.g. the parcel number; one original per kind and reference. */
  reference: z.string().trim().min(1),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length > 0, 'Nothing to print'),
});
export type PrintDocument = z.infer<typeof PrintDocumentSchema>;

const ReprintReasonSchema = z.string().trim().min(1);

export interface PrintSpoolOptions {
  sqlite: BetterSqlite3.Database;
  clock: Clock;
  newId: IdSource;
  logger: Logger;
  driverFor?: (printer: Printer) => PrinterDriver;
  /** Back-off between attempts on a printer that failed: doubles from baseMs up to capMs. */
  retry?: { baseMs: number; capMs: number };
}

/**
 * The station's print spool. A job is a row before a byte is sent; one worker per printer sends
 * that printer's jobs strictly in order, one at a time, and marks a job printed only once its
 * driver confirms. A printer that fails keeps its job queued with the printer's words and is
 * retried with capped back-off, so later jobs never overtake it.
 *
 * Delivery is at-least-once for a job interrupted mid-send: if the station stops (crash, power)
 * between handing bytes to the printer and recording 'printed', start() queues that job again
 * and it prints twice. A port-9100 printer gives no way to ask whether it printed, and a second
 * label is cheaper than a parcel without one.
 */
export function createPrintSpool(options: PrintSpoolOptions) {
  const repo = createPrintJobRepository(options.sqlite);
  const { clock, logger } = options;
  const driverFor = options.driverFor ?? ((printer: Printer) => driverForPrinter(printer));
  const retry = options.retry ?? { baseMs: 1000, capMs: 30_000 };
  const workers = new Map<
    string,
    { wait: ReturnType<typeof createWakeableWait>; done: Promise<void> }
  >();
  let running = false;

  async function work(printerId: string, wait: ReturnType<typeof createWakeableWait>) {
    let failures = 0;
    while (running) {
      const printer = repo.printer(printerId);
      const job = printer?.enabled ? repo.nextJob(printerId) : null;
      if (!printer || !job) {
        await wait.wait();
        continue;
      }
      repo.markSending(job.id);
      try {
        await driverFor(printer).send(job.bytes);
        repo.markPrinted(job.id, clock.now());
        failures = 0;
      } catch (error) {
        const message =
          error instanceof PrinterError
            ? error.message
            : `${printer.name} failed: ${error instanceof Error ? error.message : String(error)}`;
        repo.markRetry(job.id, message);
        logger.warn({ printerId, jobId: job.id, error: message }, 'print job not printed');
        failures += 1;
        if (running) await wait.wait(Math.min(retry.baseMs * 2 ** (failures - 1), retry.capMs));
      }
    }
  }

  function wake(printerId: string): void {
    if (!running) return;
    const existing = workers.get(printerId);
    if (existing) {
      existing.wait.wake();
      return;
    }
    const wait = createWakeableWait();
    workers.set(printerId, { wait, done: work(printerId, wait) });
  }

  /** Checks and writes a job in one transaction, then wakes its printer's worker. */
  function enqueueJob(
    job: Omit<Parameters<typeof repo.insertJob>[0], 'id' | 'createdAt'>,
    check: () => void,
  ): PrintJob {
    const id = options.newId();
    options.sqlite.transaction(() => {
      check();
      repo.insertJob({ ...job, id, createdAt: clock.now() });
    })();
    wake(job.printerId);
    const saved = repo.job(id);
    if (!saved) throw new WharfError('INTERNAL', 'The print job was not saved');
    return saved;
  }

  function requirePrinter(printerId: string): void {
    if (!repo.printer(printerId))
      throw new WharfError('NOT_FOUND', `There is no printer ${printerId}`);
  }

  return {
    /** Queues jobs a crash caught mid-send again, then starts a worker per printer. */
    start(): void {
      if (running) return;
      running = true;
      const requeued = repo.requeueInterrupted();
      if (requeued > 0) logger.warn({ requeued }, 'print jobs interrupted mid-send queued again');
      for (const printer of repo.printers()) wake(printer.id);
    },

    /** Stops the workers after any job in flight has been confirmed or refused. */
    async stop(): Promise<void> {
      running = false;
      const stopping = [...workers.values()];
      workers.clear();
      for (const worker of stopping) worker.wait.wake();
      await Promise.all(stopping.map((worker) => worker.done));
    },

    addPrinter(input: NewPrinter): Printer {
      const parsed = NewPrinterSchema.parse(input);
      const printer: Printer = { id: options.newId(), ...parsed, createdAt: clock.now() };
      repo.insertPrinter(printer);
      wake(printer.id);
      return printer;
    },

    printers: () => repo.printers(),

    /** Writes the job to the spool (one transaction) and wakes its printer's worker. */
    enqueue(printerId: string, document: PrintDocument): PrintJob {
      const doc = PrintDocumentSchema.parse(document);
      return enqueueJob(
        {
          printerId,
          documentKind: doc.kind,
          reference: doc.reference,
          copyOf: null,
          reprintReason: null,
          bytes: doc.bytes,
        },
        () => {
          requirePrinter(printerId);
          const earlier = repo
            .jobs({ reference: doc.reference })
            .some((job) => job.documentKind === doc.kind && job.copyOf === null);
          if (earlier) {
            throw new WharfError(
              'CONFLICT',
              `The ${doc.kind} for ${doc.reference} has already been sent to print; ` +
                'reprint it and give a reason',
            );
          }
        },
      );
    },

    /** Another copy of a job, on the same printer unless told; the reason is kept with it. */
    reprint(jobId: string, reason: string, printerId?: string): PrintJob {
      const why = ReprintReasonSchema.safeParse(reason);
      if (!why.success) {
        throw new WharfError('BAD_REQUEST', 'Say why this is being printed again', {
          issues: [{ path: 'reason', message: 'A reprint needs a reason' }],
        });
      }
      const original = repo.job(jobId);
      if (!original) throw new WharfError('NOT_FOUND', `There is no print job ${jobId}`);
      const target = printerId ?? original.printerId;
      return enqueueJob(
        {
          printerId: target,
          documentKind: original.documentKind,
          reference: original.reference,
          // A copy of a copy points at the original, so one document's reprints list together.
          copyOf: original.copyOf ?? original.id,
          reprintReason: why.data,
          bytes: original.bytes,
        },
        () => requirePrinter(target),
      );
    },

    jobs: (filter?: { printerId?: string; reference?: string }) => repo.jobs(filter),
    /** Jobs not on paper with the printer's error, for the clerk to see. */
    failedJobs: () => repo.failedJobs(),
  };
}

export type PrintSpool = ReturnType<typeof createPrintSpool>;
