import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

export const PRINTER_KINDS = ['label', 'receipt', 'a4'] as const;
export const PRINTER_DRIVERS = ['tcp', 'spooler', 'file'] as const;
export const JOB_STATES = ['queued', 'sending', 'printed', 'failed'] as const;

const PrinterRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PRINTER_KINDS),
  driver: z.enum(PRINTER_DRIVERS),
  address: z.string(),
  enabled: z.number().transform((value) => value === 1),
  is_default: z.number().transform((value) => value === 1),
  dpi: z.union([z.literal(203), z.literal(300)]),
  created_at: z.string(),
  removed_at: z.string().nullable(),
});

const JobRowSchema = z.object({
  id: z.string(),
  printer_id: z.string(),
  seq: z.number().int(),
  document_kind: z.string(),
  reference: z.string(),
  copy_of: z.string().nullable(),
  reprint_reason: z.string().nullable(),
  bytes: z.instanceof(Buffer),
  state: z.enum(JOB_STATES),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  given_up_reason: z.string().nullable(),
  created_at: z.string(),
  printed_at: z.string().nullable(),
});

export interface Printer {
  id: string;
  name: string;
  kind: (typeof PRINTER_KINDS)[number];
  driver: (typeof PRINTER_DRIVERS)[number];
  address: string;
  enabled: boolean;
  /** The printer of its kind that documents go to when there are several. */
  isDefault: boolean;
  /** Label printers: the head's resolution the ZPL is drawn for. */
  dpi: 203 | 300;
  createdAt: string;
  /** Set when taken off the list; the row stays because its jobs point at it. */
  removedAt: string | null;
}

export interface PrintJob {
  id: string;
  printerId: string;
  seq: number;
  documentKind: string;
  reference: string;
  copyOf: string | null;
  reprintReason: string | null;
  bytes: Buffer;
  state: (typeof JOB_STATES)[number];
  attempts: number;
  lastError: string | null;
  /** Why a person gave up on it (state 'failed'). */
  givenUpReason: string | null;
  createdAt: string;
  printedAt: string | null;
}

export interface NewJob {
  id: string;
  printerId: string;
  documentKind: string;
  reference: string;
  copyOf: string | null;
  reprintReason: string | null;
  bytes: Uint8Array;
  createdAt: string;
}

function toPrinter(row: unknown): Printer {
  const r = PrinterRowSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    driver: r.driver,
    address: r.address,
    enabled: r.enabled,
    isDefault: r.is_default,
    dpi: r.dpi,
    createdAt: r.created_at,
    removedAt: r.removed_at,
  };
}

function toJob(row: unknown): PrintJob {
  const r = JobRowSchema.parse(row);
  return {
    id: r.id,
    printerId: r.printer_id,
    seq: r.seq,
    documentKind: r.document_kind,
    reference: r.reference,
    copyOf: r.copy_of,
    reprintReason: r.reprint_reason,
    bytes: r.bytes,
    state: r.state,
    attempts: r.attempts,
    lastError: r.last_error,
    givenUpReason: r.given_up_reason,
    createdAt: r.created_at,
    printedAt: r.printed_at,
  };
}

/** All the spool's SQL; rows are parsed here and never leave as rows. */
export function createPrintJobRepository(sqlite: BetterSqlite3.Database) {
  const selectJob = 'SELECT * FROM print_jobs';
  return {
    insertPrinter(printer: Printer): void {
      sqlite
        .prepare(
          `INSERT INTO printers (id, name, kind, driver, address, enabled, is_default, dpi,
             created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          printer.id,
          printer.name,
          printer.kind,
          printer.driver,
          printer.address,
          printer.enabled ? 1 : 0,
          printer.isDefault ? 1 : 0,
          printer.dpi,
          printer.createdAt,
        );
    },
    /** Changes a printer still set up; kind, driver and address may all change. */
    updatePrinter(printer: Printer): void {
      sqlite
        .prepare(
          `UPDATE printers SET name = ?, kind = ?, driver = ?, address = ?, enabled = ?,
             is_default = ?, dpi = ? WHERE id = ? AND removed_at IS NULL`,
        )
        .run(
          printer.name,
          printer.kind,
          printer.driver,
          printer.address,
          printer.enabled ? 1 : 0,
          printer.isDefault ? 1 : 0,
          printer.dpi,
          printer.id,
        );
    },
    /** Takes the default away from every printer of a kind, before another gets it. */
    clearDefault(kind: Printer['kind']): void {
      sqlite.prepare('UPDATE printers SET is_default = 0 WHERE kind = ?').run(kind);
    },
    markPrinterRemoved(id: string, at: string): void {
      sqlite
        .prepare(
          `UPDATE printers SET removed_at = ?, enabled = 0, is_default = 0
           WHERE id = ? AND removed_at IS NULL`,
        )
        .run(at, id);
    },
    printer(id: string): Printer | null {
      const row: unknown = sqlite.prepare('SELECT * FROM printers WHERE id = ?').get(id);
      return row === undefined ? null : toPrinter(row);
    },
    printers(): Printer[] {
      return sqlite
        .prepare('SELECT * FROM printers WHERE removed_at IS NULL ORDER BY created_at, id')
        .all()
        .map(toPrinter);
    },
    /** Appends a job after every other one, in the caller's transaction. */
    insertJob(job: NewJob): void {
      sqlite
        .prepare(
          `INSERT INTO print_jobs (id, printer_id, seq, document_kind, reference, copy_of,
             reprint_reason, bytes, state, attempts, created_at)
           VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM print_jobs), ?, ?, ?, ?, ?,
             'queued', 0, ?)`,
        )
        .run(
          job.id,
          job.printerId,
          job.documentKind,
          job.reference,
          job.copyOf,
          job.reprintReason,
          Buffer.from(job.bytes),
          job.createdAt,
        );
    },
    job(id: string): PrintJob | null {
      const row: unknown = sqlite.prepare(`${selectJob} WHERE id = ?`).get(id);
      return row === undefined ? null : toJob(row);
    },
    /**
     * The job a printer must print next: its oldest queued one. 'sending' is kept in memory by
     * the spool (one fsync fewer per label); a 'sending' row here is one an older version left
     * behind, which start() queues again before any worker runs.
     */
    nextJob(printerId: string): PrintJob | null {
      const row: unknown = sqlite
        .prepare(`${selectJob} WHERE printer_id = ? AND state = 'queued' ORDER BY seq LIMIT 1`)
        .get(printerId);
      return row === undefined ? null : toJob(row);
    },
    markPrinted(id: string, at: string): void {
      sqlite
        .prepare(
          `UPDATE print_jobs SET state = 'printed', printed_at = ?, last_error = NULL,
             attempts = attempts + 1 WHERE id = ?`,
        )
        .run(at, id);
    },
    markRetry(id: string, error: string): void {
      sqlite
        .prepare(
          `UPDATE print_jobs SET state = 'queued', last_error = ?, attempts = attempts + 1
           WHERE id = ?`,
        )
        .run(error, id);
    },
    /** A person gave up on a queued job: it stays, 'failed', with their reason. */
    markGivenUp(id: string, reason: string): number {
      return sqlite
        .prepare(
          `UPDATE print_jobs SET state = 'failed', given_up_reason = ?
           WHERE id = ? AND state = 'queued'`,
        )
        .run(reason, id).changes;
    },
    /** How many jobs a printer still has to print (queued or being sent). */
    waitingCount(printerId: string): number {
      const row = sqlite
        .prepare(
          `SELECT COUNT(*) AS n FROM print_jobs
           WHERE printer_id = ? AND state IN ('queued', 'sending')`,
        )
        .get(printerId);
      return z.object({ n: z.number().int() }).parse(row).n;
    },
    /** The newest jobs first, for people to look through. */
    recentJobs(limit: number, printerId?: string): PrintJob[] {
      const mine = printerId === undefined ? '' : 'WHERE printer_id = @printerId';
      return sqlite
        .prepare(`${selectJob} ${mine} ORDER BY seq DESC LIMIT @limit`)
        .all(printerId === undefined ? { limit } : { limit, printerId })
        .map(toJob);
    },
    /** Jobs a crash caught mid-send go back in the queue; returns how many. */
    requeueInterrupted(): number {
      return sqlite.prepare(`UPDATE print_jobs SET state = 'queued' WHERE state = 'sending'`).run()
        .changes;
    },
    /** Written per filter (not `@x IS NULL OR …`) so each one uses its index. */
    jobs(filter: { printerId?: string; reference?: string } = {}): PrintJob[] {
      const where = [
        ...(filter.reference === undefined ? [] : ['reference = @reference']),
        ...(filter.printerId === undefined ? [] : ['printer_id = @printerId']),
      ];
      return sqlite
        .prepare(
          `${selectJob} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`,
        )
        .all({ reference: filter.reference, printerId: filter.printerId })
        .map(toJob);
    },
    /** Whether a document has an original job already (the one-original index answers it). */
    hasOriginal(documentKind: string, reference: string): boolean {
      return (
        sqlite
          .prepare(
            `SELECT 1 FROM print_jobs WHERE document_kind = ? AND reference = ? AND copy_of IS NULL`,
          )
          .get(documentKind, reference) !== undefined
      );
    },
    /** Jobs not yet on paper, oldest first; one printer's or every printer's. */
    waitingJobs(printerId?: string): PrintJob[] {
      const mine = printerId === undefined ? '' : 'printer_id = @printerId AND';
      return sqlite
        .prepare(`${selectJob} WHERE ${mine} state IN ('queued', 'sending') ORDER BY seq`)
        .all(printerId === undefined ? {} : { printerId })
        .map(toJob);
    },
    /** Jobs not on paper that a printer has refused at least once, with its words. */
    failedJobs(): PrintJob[] {
      return sqlite
        .prepare(
          `${selectJob} WHERE state = 'failed'
             OR (state IN ('queued', 'sending') AND last_error IS NOT NULL) ORDER BY seq`,
        )
        .all()
        .map(toJob);
    },
  };
}

export type PrintJobRepository = ReturnType<typeof createPrintJobRepository>;
