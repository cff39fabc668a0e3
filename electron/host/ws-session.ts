import { ClientMessageSchema, issuesFromZod, WharfError } from '../../shared/contract';
import type { ServerMessage } from '../../shared/contract';
import type { Station } from '../station/station';

/** The part of a WebSocket a session needs; `ws` sockets fit, and so do test fakes. */
export interface SessionSocket {
  send(data: string): void;
}

export interface WsSession {
  receive(raw: string): Promise<void>;
  close(): void;
}

/**
 * One browser tab's conversation with the station: calls answered by id, subscriptions kept
 * per topic and dropped with the socket. A message that cannot be understood gets a
 * protocol-error and changes nothing.
 */
export function createWsSession(socket: SessionSocket, station: Station): WsSession {
  const subscriptions = new Map<string, () => void>();
  const send = (message: ServerMessage): void => socket.send(JSON.stringify(message));

  return {
    async receive(raw) {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        send({
          kind: 'protocol-error',
          error: { code: 'BAD_REQUEST', message: 'The message is not valid JSON' },
        });
        return;
      }
      const parsed = ClientMessageSchema.safeParse(json);
      if (!parsed.success) {
        send({
          kind: 'protocol-error',
          error: {
            code: 'BAD_REQUEST',
            message: 'The message is not a Wharf invoke, subscribe or unsubscribe message',
            details: { issues: issuesFromZod(parsed.error) },
          },
        });
        return;
      }
      const message = parsed.data;
      switch (message.kind) {
        case 'invoke': {
          const result = await station.invoke(message.method, message.input);
          send({ kind: 'result', id: message.id, result });
          return;
        }
        case 'subscribe': {
          if (subscriptions.has(message.topic)) return;
          try {
            const unsubscribe = station.subscribe(message.topic, (payload) =>
              send({ kind: 'push', topic: message.topic, payload }),
            );
            subscriptions.set(message.topic, unsubscribe);
          } catch (error) {
            if (!(error instanceof WharfError)) throw error;
            send({ kind: 'protocol-error', error: error.toJSON() });
          }
          return;
        }
        case 'unsubscribe': {
          subscriptions.get(message.topic)?.();
          subscriptions.delete(message.topic);
          return;
        }
      }
    },
    close() {
      for (const unsubscribe of subscriptions.values()) unsubscribe();
      subscriptions.clear();
    },
  };
}
