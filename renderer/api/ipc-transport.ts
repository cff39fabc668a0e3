import { InvokeResultSchema } from '../../shared/contract';
import type { InvokeResult, WharfBridge } from '../../shared/contract';
import { LINK_MESSAGES } from './link-messages';
import type { StationTransport } from './transport';

/**
 * The desktop transport: Electron's preload hands the contract to this page as `window.wharf`.
 * The backend lives in the same app, so the link is open for as long as the window exists.
 */
export function createIpcTransport(bridge: WharfBridge): StationTransport {
  return {
    kind: 'ipc',

    async invoke(method, input) {
      let raw: unknown;
      try {
        raw = await bridge.invoke(method, input);
      } catch (error) {
        // Only a broken preload or a destroyed window gets here; the backend answers errors.
        console.warn('wharf bridge invoke failed', error);
        return bridgeFailure(method);
      }
      const parsed = InvokeResultSchema.safeParse(raw);
      return parsed.success ? parsed.data : bridgeFailure(method);
    },

    subscribe: (topic, listener) => bridge.subscribe(topic, listener),
    linkState: () => 'open',
    onLinkState: () => () => undefined,
  };
}

function bridgeFailure(method: string): InvokeResult {
  return {
    ok: false,
    error: { code: 'UNAVAILABLE', message: LINK_MESSAGES.bridgeFailed, details: { method } },
  };
}
