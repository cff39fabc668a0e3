import { connect } from 'node:net';

/**
 * The baseline: the same bytes written straight to the printer's port — connect, write,
 * half-close — with no spool, no database and no label building.
 */
export function sendRaw(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('connect', () => socket.end(bytes));
    socket.on('error', reject);
    socket.on('close', (hadError) => {
      if (!hadError) resolve();
    });
  });
}
