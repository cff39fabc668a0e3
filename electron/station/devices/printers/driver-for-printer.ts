import { createFileDriver } from './file-driver';
import type { Printer } from './print-job-repository';
import type { PrinterDriver } from './printer-driver';
import { createSpoolerDriver } from './spooler-driver';
import type { SpoolerOptions } from './spooler-driver';
import { createTcp9100Driver } from './tcp-9100-driver';
import type { Tcp9100Options } from './tcp-9100-driver';

export interface DriverOptions {
  tcp?: Tcp9100Options;
  spooler?: SpoolerOptions;
}

/** The driver a configured printer is reached with. */
export function driverForPrinter(printer: Printer, options: DriverOptions = {}): PrinterDriver {
  switch (printer.driver) {
    case 'tcp':
      return createTcp9100Driver(printer.address, options.tcp);
    case 'spooler':
      return createSpoolerDriver(printer.address, options.spooler);
    case 'file':
      return createFileDriver(printer.address);
  }
}
