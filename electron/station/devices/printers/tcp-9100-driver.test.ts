import { afterEach, describe, expect, it } from 'vitest';
import { createTcp9100Driver, parsePrinterAddress } from './tcp-9100-driver';
import { freePort, startCapturePrinter } from './testing/capture-printer';
import type { CapturePrinter } from './testing/capture-printer';

let printer: CapturePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

describe('port 9100 driver', () => {
  it('delivers exactly the job bytes and resolves once the printer hangs up', async () => {
    printer = await startCapturePrinter();
    const label = Buffer.from('^XA^FO50,50^FDParcel 1 of 2 ~ ^FS^XZ\u0000\u00ff', 'latin1');
    await createTcp9100Driver(printer.address).send(label);
    expect(printer.jobs).toEqual([label]);
  });

  it('says in words when nothing is listening', async () => {
    const port = await freePort();
    await expect(createTcp9100Driver(`127.0.0.1:${port}`).send(Buffer.from('x'))).rejects.toThrow(
      `Printer at 127.0.0.1:${port} refused the connection: is it switched on, and is port ${port} open?`,
    );
  });

  it('says the printer did not answer when it never takes the job', async () => {
    // A printer that accepts but never reads or hangs up: the timeout is reported in seconds.
    const { createServer } = await import('node:net');
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      await expect(
        createTcp9100Driver(`127.0.0.1:${port}`, { timeoutMs: 200 }).send(Buffer.from('x')),
      ).rejects.toThrow(`Printer at 127.0.0.1:${port} stopped taking the job for 0.2 s`);
    } finally {
      server.close();
    }
  });

  it('reads host:port, defaulting to 9100', () => {
    expect(parsePrinterAddress('10.0.0.5')).toEqual({ host: '10.0.0.5', port: 9100 });
    expect(parsePrinterAddress('zebra-3:6101')).toEqual({ host: 'zebra-3', port: 6101 });
    expect(parsePrinterAddress('[::1]:9100')).toEqual({ host: '::1', port: 9100 });
    expect(() => parsePrinterAddress('10.0.0.5:99999')).toThrow('not a printer address');
  });
});
