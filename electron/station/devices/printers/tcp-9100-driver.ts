import { connect } from 'node:net';
import type { PrinterDriver } from './printer-driver';
import { PrinterError } from './printer-driver';

export interface Tcp9100Options {
  /** How long the printer has to accept the connection, and then to take the bytes. */
  timeoutMs?: number;
}

/** Splits "host:port" (port 9100 when left out); IPv6 hosts are written "[::1]:9100". */
export function parsePrinterAddress(address: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?(?::(\d{1,5}))?$/.exec(address.trim());
  const port = match?.[2] === undefined ? 9100 : Number(match[2]);
  if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new PrinterError(`"${address}" is not a printer address; write it as host:port`);
  }
  return { host: match[1], port };
}

function seconds(ms: number): string {
  return `${Math.round((ms / 1000) * 10) / 10} s`;
}

/**
 * Raw printing to port 9100 (JetDirect): connect, write, half-close, and wait for the printer to
 * close its side — its close is the only confirmation this protocol gives that it took the job.
 */
export function createTcp9100Driver(address: string, options: Tcp9100Options = {}): PrinterDriver {
  const timeoutMs = options.timeoutMs ?? 3000;
  return {
    send(bytes) {
      const { host, port } = parsePrinterAddress(address);
      const where = `Printer at ${host}:${port}`;
      return new Promise<void>((resolve, reject) => {
        let connected = false;
        let failure: PrinterError | null = null;
        const socket = connect({ host, port });
        socket.setTimeout(timeoutMs);
        socket.on('connect', () => {
          connected = true;
          socket.end(bytes);
        });
        socket.on('timeout', () => {
          failure = new PrinterError(
            connected
              ? `${where} stopped taking the job for ${seconds(timeoutMs)}: check paper and ribbon`
              : `${where} did not answer in ${seconds(timeoutMs)}`,
          );
          socket.destroy();
        });
        socket.on('error', (error: NodeJS.ErrnoException) => {
          failure ??= new PrinterError(describeSocketError(where, port, error), { cause: error });
        });
        socket.on('close', () => {
          if (failure) reject(failure);
          else if (!connected) reject(new PrinterError(`${where} closed the connection`));
          else resolve();
        });
      });
    },
  };
}

function describeSocketError(where: string, port: number, error: NodeJS.ErrnoException): string {
  switch (error.code ?? '') {
    case 'ECONNREFUSED':
      return `${where} refused the connection: is it switched on, and is port ${port} open?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${where} could not be found on the network: check its address`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} cannot be reached: check its network cable and address`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `${where} dropped the connection while printing`;
    default:
      return `${where} failed: ${error.message}`;
  }
}
