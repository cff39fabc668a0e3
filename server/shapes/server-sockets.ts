import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Longest a closing server waits for answers still being written. */
const CLOSE_GRACE_MS = 5_000;

/** The server's sockets and how many answers each still owes. */
export class ServerSockets {
  #owed = new Map<Socket, number>();
  #closing = false;
  #settled: (() => void) | undefined;

  add(socket: Socket): void {
    // The server still listens while it waits for answers; a client that connects now (a retry,
    // a pre-opened keep-alive socket) would hold server.close() open for good.
    if (this.#closing) {
      socket.destroy();
      return;
    }
    this.#owed.set(socket, 0);
    socket.once('close', () => {
      this.#owed.delete(socket);
      if (this.#closing && this.#owed.size === 0) this.#settled?.();
    });
  }

  answering(socket: Socket, response: ServerResponse): void {
    const owed = this.#owed.get(socket);
    if (owed === undefined) return;
    this.#owed.set(socket, owed + 1);
    let settled = false;
    const answered = (): void => {
      if (settled || !this.#owed.has(socket)) return;
      settled = true;
      const left = (this.#owed.get(socket) ?? 1) - 1;
      this.#owed.set(socket, left);
      if (this.#closing && left === 0) socket.destroy();
    };
    // 'finish' when the answer is handed to the socket; 'close' if the socket went first.
    response.once('finish', answered);
    response.once('close', answered);
  }

  /** Destroys idle sockets now and busy ones as their last answer goes out. */
  closeWhenIdle(): Promise<void> {
    this.#closing = true;
    for (const [socket, owed] of this.#owed) if (owed === 0) socket.destroy();
    if (this.#owed.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      // A client that never reads its answer must not hold the shutdown.
      const timer = setTimeout(() => {
        for (const socket of this.#owed.keys()) socket.destroy();
        resolve();
      }, CLOSE_GRACE_MS);
      this.#settled = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
