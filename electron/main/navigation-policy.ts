import { isAppUrl } from './renderer-location';
import type { RendererLocation } from './renderer-location';

/** A station window only ever shows the station's page; links elsewhere are not followed. */
export function isNavigationAllowed(url: string, location: RendererLocation): boolean {
  return isAppUrl(url, location);
}

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * Belt to the CSP's braces, checked for every request a window makes. The renderer talks to the
 * station over IPC only, so nothing goes to the network except, in development, to the Vite dev
 * server (page, modules, HMR socket). A built page may read files from its own folder only.
 */
export function isRequestAllowed(url: string, location: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (NETWORK_PROTOCOLS.has(parsed.protocol)) {
    return location.kind === 'dev-server' && parsed.host === new URL(location.origin).host;
  }
  if (parsed.protocol === 'file:' && location.kind === 'file') {
    const own = new URL(location.url);
    const folder = own.pathname.slice(0, own.pathname.lastIndexOf('/') + 1);
    return parsed.host === own.host && parsed.pathname.startsWith(folder);
  }
  // data:, blob:, devtools: and the like never leave the machine.
  return true;
}
