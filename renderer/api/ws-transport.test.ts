import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientMessage, ServerMessage } from '../../shared/contract';
import type { OpenSocket, SocketHandlers } from './browser-socket';
import { createWsTransport } from './ws-transport';
import type { LinkState } from './transport';

/** A socket the test drives by hand: it records what the transport sent. */
class FakeSocket {
  readonly sent: ClientMessage[] = [];
  closed = false;
  constructor(
    readonly url: string,
    readonly handlers: SocketHandlers,
  ) {}
  open() {
    this.handlers.onOpen();
  }
  receive(message: ServerMessage | Record<string, unknown>) {
    this.handlers.onMessage(JSON.stringify(message));
  }
  drop() {
    this.handlers.onClose();
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const openSocket: OpenSocket = (url, handlers) => {
    const socket = new FakeSocket(url, handlers);
    sockets.push(socket);
    return {
      send: (data) => socket.sent.push(JSON.parse(data) as ClientMessage),
      close: () => {
        socket.closed = true;
        handlers.onClose();
      },
    };
  };
  const warn = vi.fn();
  const transport = createWsTransport({
    url: 'ws://station.test/ws',
    openSocket,
    random: () => 0.5,
    backoff: { baseMs: 100, maxMs: 1000 },
    callTimeoutMs: 5000,
    warn,
  });
  const states: LinkState[] = [];
  transport.onLinkState((state) => states.push(state));
  const latest = () => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket opened');
    return socket;
  };
  return { transport, sockets, latest, states, warn };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ws transport', () => {
  it('holds calls made while connecting and sends them once the socket opens', async () => {
    const { transport, latest } = setup();
    expect(transport.linkState()).toBe('connecting');
    const answer = transport.invoke('settings.get', {});
    expect(latest().sent).toEqual([]);

    latest().open();
    expect(transport.linkState()).toBe('open');
    const sent = latest().sent[0];
    expect(sent).toMatchObject({ kind: 'invoke', method: 'settings.get', input: {} });
    if (sent?.kind !== 'invoke') throw new Error('expected an invoke');

    latest().receive({ kind: 'result', id: sent.id, result: { ok: true, value: { a: 1 } } });
    await expect(answer).resolves.toEqual({ ok: true, value: { a: 1 } });
  });

  it('matches results to calls by id, whatever order they come back in', async () => {
    const { transport, latest } = setup();
    latest().open();
    const first = transport.invoke('station.info', {});
    const second = transport.invoke('station.status', {});
    const [a, b] = latest().sent;
    if (a?.kind !== 'invoke' || b?.kind !== 'invoke') throw new Error('expected invokes');
    expect(a.id).not.toBe(b.id);

    latest().receive({ kind: 'result', id: b.id, result: { ok: true, value: 'second' } });
    latest().receive({ kind: 'result', id: a.id, result: { ok: true, value: 'first' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
  });

  it('answers UNAVAILABLE with a plain sentence when the socket drops mid-call', async () => {
    const { transport, latest, states } = setup();
    latest().open();
    const answer = transport.invoke('settings.update', { theme: 'dark' });
    latest().drop();

    const result = await answer;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('UNAVAILABLE');
    expect(result.error.message).toMatch(/dropped before it answered/);
    expect(result.error.message).not.toMatch(/Error|at /);
    expect(states).toEqual(['open', 'closed']);
  });

  it('fails fast while the link is down instead of queueing', async () => {
    const { transport, latest } = setup();
    latest().drop();
    const result = await transport.invoke('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('reconnects with growing, capped delays and resets them after a success', () => {
    const { sockets, latest } = setup();
    // random 0.5 → three quarters of each ceiling: 75, 150, 300, 600, 750 (cap 1000).
    const expected = [75, 150, 300, 600, 750, 750];
    for (const delay of expected) {
      latest().drop();
      const before = sockets.length;
      vi.advanceTimersByTime(delay - 1);
      expect(sockets.length).toBe(before);
      vi.advanceTimersByTime(1);
      expect(sockets.length).toBe(before + 1);
    }
    latest().open();
    latest().drop();
    const before = sockets.length;
    vi.advanceTimersByTime(75);
    expect(sockets.length).toBe(before + 1);
  });

  it('stays closed across failed retries and reopens once one succeeds', () => {
    const { latest, states } = setup();
    latest().open();
    latest().drop();
    vi.advanceTimersByTime(75);
    latest().drop();
    vi.advanceTimersByTime(150);
    latest().open();
    expect(states).toEqual(['open', 'closed', 'open']);
  });

  it('subscribes once per topic, re-subscribes after a reconnect and unsubscribes the last', () => {
    const { transport, latest } = setup();
    const heard: unknown[] = [];
    const stopA = transport.subscribe('settings.changed', (p) => heard.push(['a', p]));
    const stopB = transport.subscribe('settings.changed', (p) => heard.push(['b', p]));
    latest().open();
    expect(latest().sent).toEqual([{ kind: 'subscribe', topic: 'settings.changed' }]);

    latest().receive({ kind: 'push', topic: 'settings.changed', payload: 1 });
    expect(heard).toEqual([
      ['a', 1],
      ['b', 1],
    ]);

    latest().drop();
    vi.advanceTimersByTime(75);
    latest().open();
    expect(latest().sent).toEqual([{ kind: 'subscribe', topic: 'settings.changed' }]);

    stopA();
    expect(latest().sent).toHaveLength(1);
    stopB();
    expect(latest().sent.at(-1)).toEqual({ kind: 'unsubscribe', topic: 'settings.changed' });
  });

  it('keeps delivering to other listeners when one throws', () => {
    const { transport, latest, warn } = setup();
    const heard: unknown[] = [];
    transport.subscribe('activity.appended', () => {
      throw new Error('broken screen');
    });
    transport.subscribe('activity.appended', (p) => heard.push(p));
    latest().open();
    latest().receive({ kind: 'push', topic: 'activity.appended', payload: 'x' });
    expect(heard).toEqual(['x']);
    expect(warn).toHaveBeenCalled();
  });

  it('ignores messages that are not JSON or not in the protocol', () => {
    const { latest, warn } = setup();
    latest().open();
    latest().handlers.onMessage('not json');
    latest().receive({ kind: 'gossip' });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('fails a call whose result is malformed rather than leaving it waiting', async () => {
    const { transport, latest } = setup();
    latest().open();
    const answer = transport.invoke('station.info', {});
    const sent = latest().sent[0];
    if (sent?.kind !== 'invoke') throw new Error('expected an invoke');
    latest().receive({ kind: 'result', id: sent.id, result: { ok: 'maybe' } });
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('gives up on a call that gets no answer', async () => {
    const { transport, latest } = setup();
    latest().open();
    const answer = transport.invoke('diagnostics.get', {});
    vi.advanceTimersByTime(5000);
    const result = await answer;
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    if (!result.ok) expect(result.error.message).toMatch(/too long/);
  });

  it('stops reconnecting once closed', () => {
    const { transport, sockets } = setup();
    transport.close();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(transport.linkState()).toBe('closed');
  });
});
