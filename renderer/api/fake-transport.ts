import type { InvokeResult } from '../../shared/contract';
import type { LinkState, StationTransport } from './transport';

/** A transport for tests: answers from a table and lets the test push payloads. */
export function createFakeTransport(answer: (method: string, input: unknown) => InvokeResult) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const linkListeners = new Set<(state: LinkState) => void>();
  let state: LinkState = 'open';
  const transport: StationTransport = {
    kind: 'websocket',
    invoke: (method, input) => Promise.resolve(answer(method, input)),
    subscribe(topic, listener) {
      const set = listeners.get(topic) ?? new Set();
      set.add(listener);
      listeners.set(topic, set);
      return () => set.delete(listener);
    },
    linkState: () => state,
    onLinkState(listener) {
      linkListeners.add(listener);
      return () => linkListeners.delete(listener);
    },
  };
  return {
    transport,
    push(topic: string, payload: unknown) {
      for (const listener of listeners.get(topic) ?? []) listener(payload);
    },
    setLinkState(next: LinkState) {
      state = next;
      for (const listener of linkListeners) listener(next);
    },
  };
}
