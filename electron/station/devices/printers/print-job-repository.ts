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
  created_at: z.string(),
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
  createdAt: string;
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
  return { ...r, createdAt: r.created_at };
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
          `INSERT INTO printers (id, name, kind, driver, address, enabled, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          printer.id,
          printer.name,
          printer.kind,
          printer.driver,
          printer.address,
          printer.enabled ? 1 : 0,
          printer.createdAt,
        );
    },
    printer(id: string): Printer | null {
      const row: unknown = sqlite.prepare('SELECT * FROM printers WHERE id = ?').get(id);
      return row === undefined ? null : toPrinter(row);
    },
    printers(): Printer[] {
      return sqlite.prepare('SELECT * FROM printers ORDER BY created_at, id').all().map(toPrinter);
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
     * The job a printer must print next: its oldest queued one. Only the worker sets 'sending'
     * and it sends one job at a time, so a 'sending' row here is one a crash left behind, which
     * start() queues again before any worker runs.
     */
    nextJob(printerId: string): PrintJob | null {
      const row: unknown = sqlite
        .prepare(`${selectJob} WHERE printer_id = ? AND state = 'queued' ORDER BY seq LIMIT 1`)
        .get(printerId);
      return row === undefined ? null : toJob(row);
    },
    markSending(id: string): void {
      sqlite
        .prepare(`UPDATE print_jobs SET state = 'sending', attempts = attempts + 1 WHERE id = ?`)
        .run(id);
    },
    markPrinted(id: string, at: string): void {
      sqlite
        .prepare(
          `UPDATE print_jobs SET state = 'printed', printed_at = ?, last_error = NULL WHERE id = ?`,
        )
        .run(at, id);
    },
    markRetry(id: string, error: string): void {
      sqlite
        .prepare(`UPDATE print_jobs SET state = 'queued', last_error = ? WHERE id = ?`)
        .run(error, id);
    },
    /** Jobs a crash caught mid-send go back in the queue; returns how many. */
    requeueInterrupted(): number {
      return sqlite.prepare(`UPDATE print_jobs SET state = 'queued' WHERE state = 'sending'`).run()
        .changes;
    },
    jobs(filter: { printerId?: string; reference?: string } = {}): PrintJob[] {
      return sqlite
        .prepare(
          `${selectJob} WHERE (@printerId IS NULL OR printer_id = @printerId)
             AND (@reference IS NULL OR reference = @reference) ORDER BY seq`,
        )
        .all({ printerId: filter.printerId ?? null, reference: filter.reference ?? null })
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
