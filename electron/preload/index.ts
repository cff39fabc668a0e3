import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_PUSH_CHANNEL } from '../../shared/contract/channels';
import type { InvokeResult, WharfBridge } from '../../shared/contract/wire';

type Listener = (payload: unknown) => void;

// One IPC listener for all subscriptions, so many screens subscribing never pile listeners
// onto ipcRenderer (and never trip its max-listeners warning).
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(IPC_PUSH_CHANNEL, (_event, topic: unknown, payload: unknown) => {
  if (typeof topic !== 'string') return;
  for (const listener of listeners.get(topic) ?? []) {
    try {
      listener(payload);
    } catch (error) {
      // One screen's broken listener must not stop the others hearing the push.
      console.error(`wharf: a listener for ${topic} failed`, error);
    }
  }
});

const bridge: WharfBridge = {
  async invoke(method, input): Promise<InvokeResult> {
    try {
      return (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input)) as InvokeResult;
    } catch (error) {
      // Reached only when IPC itself fails (input that cannot be cloned, main not listening);
      // the contract promises a result, never a throw.
      return {
        ok: false,
        error: {
          code: 'UNAVAILABLE',
          message: `The station did not answer ${method}: ${error instanceof Error ? error.message : String(error)}`,
          details: { method },
        },
      };
    }
  },
  subscribe(topic, listener) {
    let set = listeners.get(topic);
    if (!set) {
      set = new Set();
      listeners.set(topic, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('wharf', bridge);
