import { connect } from 'node:net';
import { PrinterError } from '../printer-driver';
import { parsePrinterAddress } from '../tcp-9100-driver';
import type { PrinterProbe } from './printer-probe';
import { hasWholeHostStatus, HOST_STATUS_QUERY, parseHostStatus } from './zebra-host-status';

export interface TcpProbeOptions {
  /** How long the printer has to accept the connection. */
  connectTimeoutMs?: number;
  /** How long a label printer has to answer ~HS once connected. */
  answerTimeoutMs?: number;
}

const SILENT =
  'Reachable, but it did not report its paper and head: it may not speak ZPL, or (on newer ' +
  'Zebras) be out of paper or have its head open';

/**
 * Connects to a port-9100 printer and, for a label printer, asks ~HS for its flags. Nothing is
 * printed: the connection carries only the status query, or nothing.
 */
export function probeTcpPrinter(
  address: string,
  options: TcpProbeOptions & { askHostStatus: boolean },
): Promise<PrinterProbe> {
  let target: { host: string; port: number };
  try {
    target = parsePrinterAddress(address);
  } catch (error) {
    const detail = error instanceof PrinterError ? error.message : String(error);
    return Promise.resolve({ reachable: false, problems: [], detail });
  }
  const { host, port } = target;
  const connectTimeoutMs = options.connectTimeoutMs ?? 1500;
  const answerTimeoutMs = options.answerTimeoutMs ?? 1500;
  return new Promise<PrinterProbe>((resolve) => {
    let settled = false;
    let answer = '';
    const socket = connect({ host, port });
    const finish = (probe: PrinterProbe): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // A polite close: a printer that takes one connection at a time is free again at once.
      socket.end();
      socket.destroySoon();
      resolve(probe);
    };
    let timer = setTimeout(
      () => finish({ reachable: false, problems: [], detail: `No answer from ${host}:${port}` }),
      connectTimeoutMs,
    );
    socket.setEncoding('latin1');
    socket.on('connect', () => {
      clearTimeout(timer);
      if (!options.askHostStatus) {
        finish({ reachable: true, problems: [], detail: null });
        return;
      }
      socket.write(HOST_STATUS_QUERY);
      timer = setTimeout(
        () => finish({ reachable: true, problems: [], detail: SILENT }),
        answerTimeoutMs,
      );
    });
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (!hasWholeHostStatus(answer)) return;
      const problems = parseHostStatus(answer);
      finish(
        problems === null
          ? { reachable: true, problems: [], detail: SILENT }
          : { reachable: true, problems, detail: null },
      );
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      finish({ reachable: false, problems: [], detail: unreachable(host, port, error) });
    });
    socket.on('close', () => {
      finish({ reachable: true, problems: [], detail: SILENT });
    });
  });
}

function unreachable(host: string, port: number, error: NodeJS.ErrnoException): string {
  switch (error.code ?? '') {
    case 'ECONNREFUSED':
      return `${host}:${port} refused the connection: is the printer switched on?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${host} could not be found on the network: check the printer's address`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} cannot be reached: check the printer's network cable`;
    default:
      return `${host}:${port} could not be reached: ${error.message}`;
  }
}
