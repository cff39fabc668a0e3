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
import { idleConnection } from '../../db/idle-connection';

export const NewPrinterSchema = z.object({
  name: z.string().trim().min(1, 'Give the printer a name'),
  kind: z.enum(PRINTER_KINDS),
  driver: z.enum(PRINTER_DRIVERS),
  address: z.string().trim().min(1, 'Give the printer an address'),
  enabled: z.boolean().default(true),
  isDefault: z.boolean().default(false),
  dpi: z.union([z.literal(203), z.literal(300)]).default(203),
});
export type NewPrinter = z.input<typeof NewPrinterSchema>;

export const PrintDocumentSchema = z.object({
  /** What is printed, e.g. 'parcel-label', 'packing-slip'. */
  kind: z.string().trim().min(1),
  /** What it is for, e.g. the parcel number; one original per kind and reference. */
  reference: z.string().trim().min(1),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'The document has no bytes')
    .refine((bytes) => bytes.length > 0, 'Nothing to print'),
});
export type PrintDocument = z.infer<typeof PrintDocumentSchema>;

const ReprintReasonSchema = z.string().trim().min(1);

/** What changed in the spool: a job was added or moved state, or a printer's set-up changed. */
export interface SpoolChange {
  /** Null when the printer itself changed. */
  jobId: string | null;
  printerId: string;
}

export interface PrintSpoolOptions {
  sqlite: BetterSqlite3.Database;
  clock: Clock;
  newId: IdSource;
  logger: Logger;
  driverFor?: (printer: Printer) => PrinterDriver;
  /** Back-off between attempts on a printer that failed: doubles from baseMs up to capMs. */
  retry?: { baseMs: number; capMs: number };
  /** Called after every committed change, so screens can be told; must not throw. */
  onChange?: (change: SpoolChange) => void;
}

/**
 * The station's print spool. A job is a row before a byte is sent; one worker per printer sends
 * that printer's jobs strictly in order, one at a time, and marks a job printed only once its
 * driver confirms. A printer that fails keeps its job queued with the printer's words and is
 * retried with capped back-off, so later jobs never overtake it.
 *
 * Delivery is at-least-once for a job interrupted mid-send: if the station stops (crash, power)
 * between handing bytes to the printer and recording 'printed', the job is still 'queued' in
 * the file and prints again after the restart. A port-9100 printer gives no way to ask whether it printed, and a second
 * label is cheaper than a parcel without one.
 */
export function createPrintSpool(options: PrintSpoolOptions) {
  const repo = createPrintJobRepository(options.sqlite);
  const { clock, logger } = options;
  const driverFor = options.driverFor ?? ((printer: Printer) => driverForPrinter(printer));
  const retry = options.retry ?? { baseMs: 1000, capMs: 30_000 };
  const changed = (jobId: string | null, printerId: string): void => {
    try {
      options.onChange?.({ jobId, printerId });
    } catch (err) {
      logger.error({ err }, 'print spool listener failed');
    }
  };
  const workers = new Map<
    string,
    { wait: ReturnType<typeof createWakeableWait>; done: Promise<void> }
  >();
  let running = false;
  // The job each printer's worker is sending now. Kept in memory, not written: a write before
  // every send would cost a disk flush per label, and a crash mid-send leaves the row 'queued',
  // so it is sent again after the restart either way.
  const inFlight = new Map<string, string>();

  /** A job as it is now: 'sending' while its worker has it, else as stored. */
  function live(job: PrintJob): PrintJob {
    return job.state === 'queued' && inFlight.get(job.printerId) === job.id
      ? { ...job, state: 'sending' }
      : job;
  }

  async function work(printerId: string, wait: ReturnType<typeof createWakeableWait>) {
    let failures = 0;
    while (running) {
      const printer = repo.printer(printerId);
      const job = printer?.enabled ? repo.nextJob(printerId) : null;
      if (!printer || !job) {
        await wait.wait();
        continue;
      }
      inFlight.set(printerId, job.id);
      changed(job.id, printerId);
      try {
        await driverFor(printer).send(job.bytes);
        // Recorded outside any open local write, or a rollback there would unrecord it and the
        // label would print again.
        await idleConnection(options.sqlite);
        repo.markPrinted(job.id, clock.now());
        inFlight.delete(printerId);
        changed(job.id, printerId);
        failures = 0;
      } catch (error) {
        const message =
          error instanceof PrinterError
            ? error.message
            : `${printer.name} failed: ${error instanceof Error ? error.message : String(error)}`;
        await idleConnection(options.sqlite);
        repo.markRetry(job.id, message);
        inFlight.delete(printerId);
        changed(job.id, printerId);
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
    changed(id, job.printerId);
    wake(job.printerId);
    const saved = repo.job(id);
    if (!saved) throw new WharfError('INTERNAL', 'The print job was not saved');
    return saved;
  }

  function requirePrinter(printerId: string): void {
    const printer = repo.printer(printerId);
    if (!printer) throw new WharfError('NOT_FOUND', `There is no printer ${printerId}`);
    if (printer.removedAt !== null) {
      throw new WharfError(
        'NOT_FOUND',
        `${printer.name} has been removed from this station; choose another printer`,
      );
    }
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
      const printer: Printer = {
        id: options.newId(),
        ...parsed,
        createdAt: clock.now(),
        removedAt: null,
      };
      repo.insertPrinter(printer);
      changed(null, printer.id);
      wake(printer.id);
      return printer;
    },

    /**
     * Tells the spool a printer's set-up changed (its row is written by the caller): its worker
     * looks again at once, e.g. to print what waited while it was switched off.
     */
    printerChanged(printerId: string): void {
      changed(null, printerId);
      wake(printerId);
    },

    /** Tries the printer's oldest waiting job now instead of at the end of its back-off. */
    retryNow(printerId: string): void {
      requirePrinter(printerId);
      wake(printerId);
    },

    /**
     * A person gives up on a job that is not printing (state 'failed', with why). A job being
     * sent cannot be stopped: the printer may already have it.
     */
    giveUp(jobId: string, reason: string): PrintJob {
      const stored = repo.job(jobId);
      if (!stored) throw new WharfError('NOT_FOUND', `There is no print job ${jobId}`);
      const job = live(stored);
      const refusal = {
        sending: 'This job is being sent to the printer right now; wait a moment and look again',
        printed: 'This job has already been printed; there is nothing to give up',
        failed: 'This job has already been given up',
        queued: null,
      }[job.state];
      if (refusal !== null || repo.markGivenUp(jobId, reason.trim()) === 0) {
        throw new WharfError(
          'CONFLICT',
          refusal ?? 'This job is being sent to the printer right now; look again',
        );
      }
      changed(jobId, job.printerId);
      // The worker may be backing off on this very job; it moves on to the next one now.
      wake(job.printerId);
      const after = repo.job(jobId);
      if (!after) throw new WharfError('INTERNAL', 'The print job disappeared');
      return after;
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
          if (repo.hasOriginal(doc.kind, doc.reference)) {
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

    jobs: (filter?: { printerId?: string; reference?: string }) => repo.jobs(filter).map(live),
    /** Jobs not on paper with the printer's error, for the clerk to see. */
    failedJobs: () => repo.failedJobs().map(live),
    /** A job read elsewhere, with 'sending' when its worker has it now. */
    live,
    /** The job being sent to a printer now, or null. */
    sendingTo: (printerId: string): string | null => inFlight.get(printerId) ?? null,
  };
}

export type PrintSpool = ReturnType<typeof createPrintSpool>;
