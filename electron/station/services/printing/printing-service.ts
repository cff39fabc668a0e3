import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type { ActivityEntry } from '../../../../shared/contract';
import { PrintReasonSchema } from '../../../../shared/contract/schemas/printers';
import type {
  PrinterKind,
  PrinterSave,
  PrinterView,
  PrintJobView,
} from '../../../../shared/contract/schemas/printers';
import type { Clock, IdSource } from '../../clock';
import type { Logger } from '../../logger';
import { createPrintJobRepository } from '../../devices/printers/print-job-repository';
import type { Printer, PrintJob } from '../../devices/printers/print-job-repository';
import { createPrintSpool } from '../../devices/printers/print-spool';
import type { PrintDocument, PrintSpoolOptions } from '../../devices/printers/print-spool';
import { probePrinter } from '../../devices/printers/status/printer-probe';
import type { PrinterProbe } from '../../devices/printers/status/printer-probe';
import { liveStatusOf } from './printer-live-status';
import { createPrinterMonitor } from './printer-monitor';
import { createPrinterSetup } from './printer-setup';
import { createActivityRecorder } from './printing-activity';
import { toPrintJobView } from './print-job-view';
import { testDocumentFor } from './test-documents';

export type { PrintJobView };

const KIND_WORDS: Record<PrinterKind, string> = {
  label: 'label printer',
  receipt: 'receipt printer',
  a4: 'A4 printer',
};

export interface PrintingServiceDeps {
  sqlite: BetterSqlite3.Database;
  clock: Clock;
  newId: IdSource;
  logger: Logger;
  /** After an activity entry commits (the station publishes 'activity.appended'). */
  onActivity?: (entry: ActivityEntry) => void;
  /** The station's name, printed on test documents. */
  stationName?: () => Promise<string>;
  driverFor?: PrintSpoolOptions['driverFor'];
  retry?: PrintSpoolOptions['retry'];
  probe?: (printer: Printer) => Promise<PrinterProbe>;
  probeIntervalMs?: number;
}

export type JobListener = (job: PrintJobView) => void;
export type PrinterListener = (change: { printerId: string; jobId: string | null }) => void;

/**
 * The station's printing: the spool, its printers' set-up and their live status. Other services
 * print with `printTo(kind, document)`; Settings › Printers works through the contract handlers.
 */
export function createPrintingService(deps: PrintingServiceDeps) {
  const { sqlite, clock, logger } = deps;
  const repo = createPrintJobRepository(sqlite);
  const record = createActivityRecorder(deps);
  const setup = createPrinterSetup({ sqlite, repo, clock, newId: deps.newId, record });
  const jobListeners = new Set<JobListener>();
  const printerListeners = new Set<PrinterListener>();

  function notify(printerId: string, jobId: string | null): void {
    for (const listener of printerListeners) {
      try {
        listener({ printerId, jobId });
      } catch (err) {
        logger.error({ err }, 'printer listener failed');
      }
    }
  }

  function logged(entry: ActivityEntry | null): void {
    if (entry) deps.onActivity?.(entry);
  }

  const spool = createPrintSpool({
    sqlite,
    clock,
    newId: deps.newId,
    logger,
    ...(deps.driverFor ? { driverFor: deps.driverFor } : {}),
    ...(deps.retry ? { retry: deps.retry } : {}),
    onChange: ({ jobId, printerId }) => {
      notify(printerId, jobId);
      if (jobId === null) return;
      const job = repo.job(jobId);
      if (!job) return;
      // A refusal is news about the printer: look at it now rather than at the next round.
      if (job.state === 'queued' && job.lastError !== null) void monitor.checkNow(printerId);
      const view = viewOfJob(job);
      for (const listener of jobListeners) {
        try {
          listener(view);
        } catch (err) {
          logger.error({ err }, 'print job listener failed');
        }
      }
    },
  });

  const monitor = createPrinterMonitor({
    clock,
    logger,
    printers: () => repo.printers().filter((printer) => printer.enabled),
    probe: deps.probe ?? ((printer) => probePrinter(printer)),
    isSending: (printerId) => spool.sendingTo(printerId) !== null,
    intervalMs: deps.probeIntervalMs,
    onChange: (printerId) => {
      const found = monitor.record(printerId)?.probe;
      // Back and well: what it owes goes now, not at the end of the spool's back-off.
      if (found?.reachable && found.problems.length === 0 && repo.waitingCount(printerId) > 0) {
        spool.retryNow(printerId);
      }
      notify(printerId, null);
    },
  });

  function printerName(printerId: string): string {
    return repo.printer(printerId)?.name ?? 'a removed printer';
  }

  function viewOfJob(job: PrintJob): PrintJobView {
    return toPrintJobView(spool.live(job), printerName(job.printerId));
  }

  function viewOfPrinter(printer: Printer): PrinterView {
    const waiting = repo.waitingJobs(printer.id);
    const refusal = waiting.find((job) => job.lastError !== null)?.lastError ?? null;
    return {
      id: printer.id,
      name: printer.name,
      kind: printer.kind,
      driver: printer.driver,
      address: printer.address,
      enabled: printer.enabled,
      isDefault: printer.isDefault,
      dpi: printer.dpi,
      status: liveStatusOf(printer, {
        sending: spool.sendingTo(printer.id) !== null,
        record: monitor.record(printer.id),
        refusal,
      }),
      waiting: waiting.length,
      lastError: refusal,
    };
  }

  function requireJob(jobId: string): PrintJob {
    const job = repo.job(jobId);
    if (!job) throw new WharfError('NOT_FOUND', 'That print job is not on this station');
    return job;
  }

  function reason(text: string): string {
    const parsed = PrintReasonSchema.safeParse(text);
    if (parsed.success) return parsed.data;
    const message = parsed.error.issues[0]?.message ?? 'Say why';
    throw new WharfError('BAD_REQUEST', message, { issues: [{ path: 'reason', message }] });
  }

  /** The enabled printer of a kind: the default one, else the one set up first. */
  function printerFor(kind: PrinterKind): Printer {
    const ofKind = repo.printers().filter((printer) => printer.kind === kind);
    const usable = ofKind.filter((printer) => printer.enabled);
    const chosen = usable.find((printer) => printer.isDefault) ?? usable[0];
    if (chosen) return chosen;
    const off = ofKind[0];
    throw new WharfError(
      'NOT_FOUND',
      off
        ? `The ${KIND_WORDS[kind]} "${off.name}" is switched off; switch it on in Settings › Printers`
        : `No ${KIND_WORDS[kind]} is set up at this station; add one in Settings › Printers`,
    );
  }

  return {
    /** Starts the spool's workers and the status checks. */
    start(): void {
      spool.start();
      monitor.start();
    },
    async stop(): Promise<void> {
      await monitor.stop();
      await spool.stop();
    },

    /** Queues a document on this station's printer of that kind; it prints once, in order. */
    /** The resolution labels are drawn for: the label printer's, 203 dpi when there is none. */
    labelDpi(): 203 | 300 {
      const usable = repo.printers().filter((p) => p.kind === 'label' && p.enabled);
      return (usable.find((p) => p.isDefault) ?? usable[0])?.dpi ?? 203;
    },
    printTo(kind: PrinterKind, doc: PrintDocument): PrintJobView {
      return viewOfJob(spool.enqueue(printerFor(kind).id, doc));
    },
    /** Another copy of a job, with why (3+ characters), logged. */
    reprint(jobId: string, why: string, actor = 'station'): PrintJobView {
      const original = requireJob(jobId);
      const because = reason(why);
      let entry: ActivityEntry | null = null;
      const copy = sqlite.transaction(() => {
        const made = spool.reprint(jobId, because);
        entry = record({
          kind: 'print.reprinted',
          actor,
          summary: `Reprinted ${original.documentKind} ${original.reference} on ${printerName(made.printerId)}: ${because}`,
          detail: { jobId: made.id, copyOf: made.copyOf, reason: because },
        });
        return made;
      })();
      logged(entry);
      return viewOfJob(copy);
    },
    /** Every job (originals and reprints) for one reference, e.g. a parcel number, in order. */
    jobsFor(reference: string): PrintJobView[] {
      return repo.jobs({ reference }).map(viewOfJob);
    },
    /** Every change of a job's state; returns the unsubscribe. */
    onJobChanged(listener: JobListener): () => void {
      jobListeners.add(listener);
      return () => jobListeners.delete(listener);
    },
    /** Any change to a printer, its status or its jobs; returns the unsubscribe. */
    onPrintersChanged(listener: PrinterListener): () => void {
      printerListeners.add(listener);
      return () => printerListeners.delete(listener);
    },

    list(): PrinterView[] {
      return repo.printers().map(viewOfPrinter);
    },
    save(input: PrinterSave, actor: string): PrinterView {
      const { printer, entry } = setup.save(input, actor);
      logged(entry);
      if (entry) {
        monitor.forget(printer.id);
        spool.printerChanged(printer.id);
        void monitor.checkNow(printer.id);
      }
      return viewOfPrinter(printer);
    },
    remove(id: string, actor: string): void {
      logged(setup.remove(id, actor));
      monitor.forget(id);
      spool.printerChanged(id);
    },
    async testPrint(id: string, actor: string): Promise<PrintJobView> {
      const printer = repo.printer(id);
      if (!printer || printer.removedAt !== null) {
        throw new WharfError('NOT_FOUND', 'That printer is no longer set up here');
      }
      if (!printer.enabled) {
        throw new WharfError('CONFLICT', `"${printer.name}" is switched off; switch it on first`);
      }
      const bytes = await testDocumentFor(printer.kind, {
        printerName: printer.name,
        stationName: (await deps.stationName?.()) ?? 'Wharf station',
        at: clock.now(),
      });
      let entry: ActivityEntry | null = null;
      const job = sqlite.transaction(() => {
        const queued = spool.enqueue(id, {
          kind: 'test-print',
          reference: `test-${deps.newId()}`,
          bytes,
        });
        entry = record({
          kind: 'print.test',
          actor,
          summary: `Test print on "${printer.name}"`,
          detail: { jobId: queued.id },
        });
        return queued;
      })();
      logged(entry);
      return viewOfJob(job);
    },
    jobs(query: {
      which: 'waiting' | 'recent';
      printerId?: string | undefined;
      limit: number;
    }): PrintJobView[] {
      const jobs =
        query.which === 'waiting'
          ? repo.waitingJobs(query.printerId)
          : repo.recentJobs(query.limit, query.printerId);
      return jobs.slice(0, query.limit).map(viewOfJob);
    },
    retryNow(jobId: string): PrintJobView {
      const job = requireJob(jobId);
      if (job.state === 'failed') {
        throw new WharfError('CONFLICT', 'This job was given up; reprint it with a reason instead');
      }
      if (job.state === 'printed') {
        throw new WharfError(
          'CONFLICT',
          'This job has already been printed; reprint it to get another copy',
        );
      }
      spool.retryNow(job.printerId);
      return viewOfJob(job);
    },
    giveUp(jobId: string, why: string, actor: string): PrintJobView {
      const because = reason(why);
      let entry: ActivityEntry | null = null;
      const job = sqlite.transaction(() => {
        const failed = spool.giveUp(jobId, because);
        entry = record({
          kind: 'print.given-up',
          actor,
          summary: `Gave up printing ${failed.documentKind} ${failed.reference} on ${printerName(failed.printerId)}: ${because}`,
          detail: { jobId, reason: because, lastError: failed.lastError },
        });
        return failed;
      })();
      logged(entry);
      return viewOfJob(job);
    },
    /** Looks at one printer now; resolves once the look is done. */
    checkNow: (printerId: string) => monitor.checkNow(printerId),
  };
}

export type PrintingService = ReturnType<typeof createPrintingService>;
