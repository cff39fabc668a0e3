/** What the WebSocket transport needs from a socket; tests hand it a fake. */
export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: string): void;
  /** Called once per socket, whether it failed to connect or dropped later. */
  onClose(): void;
}

export interface SocketHandle {
  send(data: string): void;
  close(): void;
}

export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketHandle;

export const openBrowserSocket: OpenSocket = (url, handlers) => {
  let socket: WebSocket;
  try {
    socket = new WebSocket(url);
  } catch {
    // A malformed URL throws at once; report it like any other failed attempt so the
    // transport's retry loop stays the only place that decides what happens next.
    queueMicrotask(() => handlers.onClose());
    return { send: () => undefined, close: () => undefined };
  }
  socket.onopen = () => handlers.onOpen();
  socket.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') handlers.onMessage(event.data);
  };
  // Browsers always follow `error` with `close`, so close is the one place to react.
  socket.onclose = () => handlers.onClose();
  return {
    send: (data) => socket.send(data),
    close: () => socket.close(),
  };
};

/** The host serves the page and the socket from one origin, so the page's own host is right. */
export function stationSocketUrl(
  location: Pick<Location, 'protocol' | 'host'>,
  path: string,
): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${path}`;
}
