import type { HandlerMap } from '../../contract/handler-map';
import type { PrintingService } from './printing-service';

export type PrinterMethod =
  | 'printers.list'
  | 'printers.save'
  | 'printers.remove'
  | 'printers.testPrint'
  | 'printers.jobs'
  | 'printers.reprint'
  | 'printers.retryNow'
  | 'printers.cancelJob';

export function createPrinterHandlers(deps: {
  printing: PrintingService;
  /** Who is acting: the signed-in person's id, or `station`. */
  actor?: () => string;
}): HandlerMap<PrinterMethod> {
  const { printing } = deps;
  const actor = deps.actor ?? (() => 'station');
  return {
    'printers.list': () => ({ printers: printing.list() }),
    'printers.save': (input) => printing.save(input, actor()),
    'printers.remove': ({ id }) => {
      printing.remove(id, actor());
      return { printers: printing.list() };
    },
    'printers.testPrint': ({ id }) => printing.testPrint(id, actor()),
    'printers.jobs': (query) => ({ jobs: printing.jobs(query) }),
    'printers.reprint': ({ jobId, reason }) => printing.reprint(jobId, reason, actor()),
    'printers.retryNow': ({ jobId }) => printing.retryNow(jobId),
    'printers.cancelJob': ({ jobId, reason }) => printing.giveUp(jobId, reason, actor()),
  };
}
