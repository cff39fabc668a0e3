import { isAppUrl } from './renderer-location';
import type { RendererLocation } from './renderer-location';

/** The frame an IPC message came from; null when it was destroyed or navigated away. */
export interface SenderFrameFacts {
  url: string;
  isMainFrame: boolean;
}

/**
 * Only the app's own top-level page may call the station. Navigation is blocked anyway; this
 * keeps a frame that somehow got elsewhere (or an embedded one) from reaching the backend.
 */
export function isTrustedSender(
  frame: SenderFrameFacts | null,
  location: RendererLocation,
): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url, location);
}
