import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { HOST_STATUS_QUERY } from '../status/zebra-host-status';
import { formatHostStatus } from './host-status-answer';
import type { HostStatusFlags } from './host-status-answer';

/** A loopback port-9100 printer that keeps each connection's bytes as one received job. */
export interface CapturePrinter {
  port: number;
  address: string;
  /** One entry per connection that sent a job, in the order they finished. */
  jobs: Buffer[];
  /** How many ~HS status queries it has answered (or ignored, when silent). */
  statusQueries: number;
  /**
   * What it answers to ~HS: these flags, or nothing at all (`'silent'`), as a printer that does
   * not speak ZPL — or a newer Zebra with its head open — does. All clear by default.
   */
  setHostStatus(flags: HostStatusFlags | 'silent'): void;
  /** Resolves once `count` jobs in all have been received. */
  waitForJobs(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startCapturePrinter(port = 0): Promise<CapturePrinter> {
  const jobs: Buffer[] = [];
  const sockets = new Set<Socket>();
  let hostStatus: HostStatusFlags | 'silent' = {};
  const printer = { statusQueries: 0 };
  const waiters = new Set<{ count: number; resolve: () => void }>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    let answered = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // A Zebra answers ~HS as soon as it reads it, while the connection stays open.
      const queries = Buffer.concat(chunks).toString('latin1').split(HOST_STATUS_QUERY).length - 1;
      for (; answered < queries; answered += 1) {
        printer.statusQueries += 1;
        if (hostStatus !== 'silent') socket.write(formatHostStatus(hostStatus));
      }
    });
    // As a JetDirect printer does: once the sender half-closes, the job is taken and it hangs up.
    socket.on('end', () => {
      const received = Buffer.concat(chunks);
      // A connection that only looked (nothing sent, or only the status query) is not a job.
      const onlyLooked =
        received.length === 0 || received.toString('latin1').trim() === HOST_STATUS_QUERY;
      if (!onlyLooked) jobs.push(received);
      for (const waiter of waiters) {
        if (jobs.length >= waiter.count) {
          waiters.delete(waiter);
          waiter.resolve();
        }
      }
      socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    address: `127.0.0.1:${bound}`,
    jobs,
    get statusQueries() {
      return printer.statusQueries;
    },
    setHostStatus(flags) {
      hostStatus = flags;
    },
    waitForJobs: (count) =>
      jobs.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.add({ count, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on: a printer that is switched off. */
export async function freePort(): Promise<number> {
  const probe = await startCapturePrinter();
  await probe.close();
  return probe.port;
}
