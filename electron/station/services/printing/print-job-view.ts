import type { PrintJobView } from '../../../../shared/contract/schemas/printers';
import type { PrintJob } from '../../devices/printers/print-job-repository';

/** A job as people and the contract see it: without its bytes, with its printer's name. */
export function toPrintJobView(job: PrintJob, printerName: string): PrintJobView {
  return {
    id: job.id,
    printerId: job.printerId,
    printerName,
    seq: job.seq,
    documentKind: job.documentKind,
    reference: job.reference,
    copyOf: job.copyOf,
    reprintReason: job.reprintReason,
    state: job.state,
    attempts: job.attempts,
    lastError: job.lastError,
    givenUpReason: job.givenUpReason,
    createdAt: job.createdAt,
    printedAt: job.printedAt,
  };
}
