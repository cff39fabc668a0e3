import type { WharfBridge } from '../../shared/contract';
import { createIpcTransport } from './ipc-transport';
import type { StationTransport } from './transport';
import { createWsTransport } from './ws-transport';

/** Electron's preload defines `window.wharf`; a browser served by the host does not. */
export function findWharfBridge(scope: object): WharfBridge | undefined {
  if (!('wharf' in scope)) return undefined;
  const candidate: unknown = scope.wharf;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  if (!('invoke' in candidate) || typeof candidate.invoke !== 'function') return undefined;
  if (!('subscribe' in candidate) || typeof candidate.subscribe !== 'function') return undefined;
  // The preload is ours and exposes exactly this shape; the checks above guard against a page
  // opened somewhere that happens to define an unrelated `wharf` global.
  return candidate as WharfBridge;
}

export function pickTransport(scope: Window = window): StationTransport {
  const bridge = findWharfBridge(scope);
  return bridge ? createIpcTransport(bridge) : createWsTransport();
}
