import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

/** A loopback port-9100 printer that keeps each connection's bytes as one received job. */
export interface CapturePrinter {
  port: number;
  address: string;
  /** One entry per connection that has closed, in the order they finished. */
  jobs: Buffer[];
  close(): Promise<void>;
}

export async function startCapturePrinter(port = 0): Promise<CapturePrinter> {
  const jobs: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // As a JetDirect printer does: once the sender half-closes, the job is taken and it hangs up.
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks));
      socket.end();
    });
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
