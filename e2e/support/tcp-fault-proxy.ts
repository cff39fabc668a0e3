import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';

/**
 * A loopback TCP proxy between a station and the head office that a test can break on purpose:
 * cut every connection (and refuse new ones), stall them (bytes held, nothing refused), or step in
 * when the head office starts to answer a request, which is the moment it has already committed.
 */
export interface FaultProxy {
  readonly url: string;
  readonly port: number;
  /** Connections opened through the proxy so far. */
  readonly connections: number;
  cut(): void;
  stall(): void;
  heal(): void;
  /**
   * Called when the first byte of an answer comes back on a connection whose latest request
   * started with `requestLine` (e.g. `POST /v1/mutations`). Returning 'drop' discards the answer
   * and cuts that connection, so the client never hears it.
   */
  onAnswer(hook: ((requestLine: string) => 'forward' | 'drop') | null): void;
  close(): Promise<void>;
}

type Mode = 'open' | 'cut' | 'stalled';

interface Pair {
  client: Socket;
  upstream: Socket;
  held: { toUpstream: Buffer[]; toClient: Buffer[] };
  lastRequestLine: string;
  answered: boolean;
}

export async function startFaultProxy(upstreamPort: number, port = 0): Promise<FaultProxy> {
  let mode: Mode = 'open';
  let answerHook: ((requestLine: string) => 'forward' | 'drop') | null = null;
  let opened = 0;
  const pairs = new Set<Pair>();

  const destroy = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream.destroy();
    pairs.delete(pair);
  };

  const server: Server = createServer((client) => {
    opened += 1;
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = connect(upstreamPort, '127.0.0.1');
    const pair: Pair = {
      client,
      upstream,
      held: { toUpstream: [], toClient: [] },
      lastRequestLine: '',
      answered: false,
    };
    pairs.add(pair);
    client.on('data', (chunk: Buffer) => {
      const line = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+)/.exec(chunk.toString('latin1'));
      if (line) {
        pair.lastRequestLine = `${line[1]} ${line[2]?.split('?')[0] ?? ''}`;
        pair.answered = false;
      }
      if (mode === 'stalled') pair.held.toUpstream.push(chunk);
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (mode === 'stalled') {
        pair.held.toClient.push(chunk);
        return;
      }
      if (!pair.answered) {
        pair.answered = true;
        if (answerHook?.(pair.lastRequestLine) === 'drop') {
          destroy(pair);
          return;
        }
      }
      client.write(chunk);
    });
    const end = () => destroy(pair);
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');

  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    get connections() {
      return opened;
    },
    cut() {
      mode = 'cut';
      for (const pair of [...pairs]) destroy(pair);
    },
    stall() {
      mode = 'stalled';
    },
    heal() {
      mode = 'open';
      for (const pair of pairs) {
        for (const chunk of pair.held.toUpstream.splice(0)) pair.upstream.write(chunk);
        for (const chunk of pair.held.toClient.splice(0)) pair.client.write(chunk);
      }
    },
    onAnswer(hook) {
      answerHook = hook;
    },
    close() {
      for (const pair of [...pairs]) destroy(pair);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
