import { ServerMessageSchema, WS_PATH } from '../../shared/contract';
import type { ClientMessage, InvokeResult } from '../../shared/contract';
import { openBrowserSocket, stationSocketUrl } from './browser-socket';
import type { OpenSocket, SocketHandle } from './browser-socket';
import { LINK_MESSAGES, unavailable } from './link-messages';
import { DEFAULT_BACKOFF, reconnectDelay } from './reconnect-backoff';
import type { BackoffPolicy } from './reconnect-backoff';
import { TopicListeners } from './topic-listeners';
import type { LinkState, StationTransport } from './transport';

export interface WsTransportOptions {
  url?: string;
  openSocket?: OpenSocket;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** A call with no answer after this long resolves UNAVAILABLE instead of spinning forever. */
  callTimeoutMs?: number;
  warn?: (message: string, detail?: unknown) => void;
}

export interface WsTransport extends StationTransport {
  /** Stops reconnecting and fails whatever is still waiting. */
  close(): void;
}

interface Call {
  readonly id: string;
  readonly method: string;
  readonly input: unknown;
  readonly resolve: (result: InvokeResult) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  sent: boolean;
}

export function createWsTransport(options: WsTransportOptions = {}): WsTransport {
  const url = options.url ?? stationSocketUrl(window.location, WS_PATH);
  const openSocket = options.openSocket ?? openBrowserSocket;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  const callTimeoutMs = options.callTimeoutMs ?? 30_000;
  const warn = options.warn ?? ((message, detail) => console.warn(message, detail));

  const calls = new Map<string, Call>();
  const topics = new TopicListeners((topic, error) =>
    warn(`push listener for ${topic} failed`, error),
  );
  const linkListeners = new Set<(state: LinkState) => void>();
  let state: LinkState = 'connecting';
  let socket: SocketHandle | null = null;
  let socketOpen = false;
  let failedAttempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let nextCallId = 0;

  const setState = (next: LinkState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...linkListeners]) listener(next);
  };

  const send = (message: ClientMessage) => socket?.send(JSON.stringify(message));

  const settle = (id: string, result: InvokeResult) => {
    const call = calls.get(id);
    if (!call) return;
    calls.delete(id);
    clearTimeout(call.timer);
    call.resolve(result);
  };

  const sendCall = (call: Call) => {
    call.sent = true;
    send({ kind: 'invoke', id: call.id, method: call.method, input: call.input });
  };

  const handleOpen = () => {
    socketOpen = true;
    failedAttempts = 0;
    // Subscriptions go first so a push caused by a queued call cannot slip past its listener.
    for (const topic of topics.topics()) send({ kind: 'subscribe', topic });
    for (const call of calls.values()) if (!call.sent) sendCall(call);
    setState('open');
  };

  const handleClose = () => {
    socket = null;
    socketOpen = false;
    for (const call of [...calls.values()]) {
      const message = call.sent ? LINK_MESSAGES.droppedBeforeAnswer : LINK_MESSAGES.notConnected;
      settle(call.id, unavailable(message, call.method));
    }
    if (stopped) return;
    setState('closed');
    const delay = reconnectDelay(failedAttempts, backoff, random);
    failedAttempts += 1;
    retryTimer = setTimeout(connect, delay);
  };

  const handleMessage = (data: string) => {
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      warn('station backend sent a message that is not JSON', data.slice(0, 200));
      return;
    }
    const parsed = ServerMessageSchema.safeParse(raw);
    if (!parsed.success) {
      failUnreadableResult(raw);
      return;
    }
    const message = parsed.data;
    if (message.kind === 'result') settle(message.id, message.result);
    else if (message.kind === 'push') topics.deliver(message.topic, message.payload);
    else warn('station backend could not read a message from this page', message.error);
  };

  // A result we cannot read would otherwise leave its caller waiting for the timeout.
  const failUnreadableResult = (raw: unknown) => {
    warn('station backend sent a message this page does not understand', raw);
    if (typeof raw !== 'object' || raw === null || !('id' in raw)) return;
    const id = raw.id;
    const call = typeof id === 'string' ? calls.get(id) : undefined;
    if (!call) return;
    settle(call.id, {
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'The station backend answered in a way this screen does not understand. Tell your supervisor; Wharf may need updating.',
        details: { method: call.method },
      },
    });
  };

  function connect() {
    retryTimer = null;
    if (stopped) return;
    socket = openSocket(url, {
      onOpen: handleOpen,
      onMessage: handleMessage,
      onClose: handleClose,
    });
  }

  connect();

  return {
    kind: 'websocket',

    invoke(method, input) {
      if (state === 'closed' || stopped) {
        return Promise.resolve(unavailable(LINK_MESSAGES.notConnected, method));
      }
      return new Promise<InvokeResult>((resolve) => {
        nextCallId += 1;
        const id = `c${nextCallId}`;
        const timer = setTimeout(
          () => settle(id, unavailable(LINK_MESSAGES.timedOut, method)),
          callTimeoutMs,
        );
        const call: Call = { id, method, input, resolve, timer, sent: false };
        calls.set(id, call);
        if (socketOpen) sendCall(call);
      });
    },

    subscribe(topic, listener) {
      const { first, remove } = topics.add(topic, listener);
      if (first && socketOpen) send({ kind: 'subscribe', topic });
      return () => {
        const last = remove();
        if (last && socketOpen) send({ kind: 'unsubscribe', topic });
      };
    },

    linkState: () => state,

    onLinkState(listener) {
      linkListeners.add(listener);
      return () => linkListeners.delete(listener);
    },

    close() {
      stopped = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      const current = socket;
      if (current) current.close();
      else handleClose();
      setState('closed');
    },
  };
}
