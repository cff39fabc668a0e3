import WebSocket from 'ws';
import { ServerMessageSchema, WS_PATH } from '../../shared/contract';
import type { InvokeResult } from '../../shared/contract';

export interface StationWsClient {
  /** Calls a contract method; throws with the station's message when it answers an error. */
  call(method: string, input?: unknown): Promise<unknown>;
  invoke(method: string, input?: unknown): Promise<InvokeResult>;
  close(): void;
}

/** The same WebSocket contract the screens use, from the test process (with the page's Origin). */
export async function connectStation(stationUrl: string): Promise<StationWsClient> {
  const socket = new WebSocket(new URL(WS_PATH, stationUrl).href.replace(/^http/, 'ws'), {
    origin: new URL(stationUrl).origin,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const pending = new Map<string, (result: InvokeResult) => void>();
  socket.on('message', (data: Buffer) => {
    const message = ServerMessageSchema.parse(JSON.parse(data.toString()));
    if (message.kind === 'result') pending.get(message.id)?.(message.result);
  });
  let next = 0;
  const invoke = (method: string, input: unknown = {}) =>
    new Promise<InvokeResult>((resolve) => {
      const id = `t${++next}`;
      pending.set(id, (result) => {
        pending.delete(id);
        resolve(result);
      });
      socket.send(JSON.stringify({ kind: 'invoke', id, method, input }));
    });
  return {
    invoke,
    async call(method, input) {
      const result = await invoke(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close: () => socket.close(),
  };
}
