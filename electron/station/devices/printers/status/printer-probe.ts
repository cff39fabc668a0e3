import type { PrinterProblem } from '../../../../../shared/contract/schemas/printers';
import type { Printer } from '../print-job-repository';
import { probeFile } from './file-status-probe';
import { probeSpoolerQueue } from './spooler-status-probe';
import type { SpoolerProbeOptions } from './spooler-status-probe';
import { probeTcpPrinter } from './tcp-status-probe';
import type { TcpProbeOptions } from './tcp-status-probe';

export type { PrinterProblem };

/** What one look at a printer found. */
export interface PrinterProbe {
  /** The printer (or its queue, or its file's folder) answered. */
  reachable: boolean;
  problems: PrinterProblem[];
  /** One sentence for a person: why it is unreachable, or what else is worth knowing. */
  detail: string | null;
}

export interface ProbeOptions {
  tcp?: TcpProbeOptions;
  spooler?: SpoolerProbeOptions;
}

/** Looks at a printer the way its driver reaches it; never throws, never sends a job. */
export function probePrinter(printer: Printer, options: ProbeOptions = {}): Promise<PrinterProbe> {
  switch (printer.driver) {
    case 'tcp':
      return probeTcpPrinter(printer.address, {
        ...options.tcp,
        // Only label printers speak ZPL; a receipt printer on port 9100 would print "~HS".
        askHostStatus: printer.kind === 'label',
      });
    case 'spooler':
      return probeSpoolerQueue(printer.address, options.spooler);
    case 'file':
      return probeFile(printer.address);
  }
}
