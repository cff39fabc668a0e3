/**
 * Any web page the user has open could try to open a WebSocket to a port on 127.0.0.1. Browsers
 * always send Origin on WebSocket handshakes, so requiring it to match the host we served the
 * page from keeps other sites off the station backend. Clients that are not browsers (tests,
 * benches, tools) send no Origin; they could reach the port anyway.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  hostHeader: string | undefined,
): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === hostHeader;
  } catch {
    return false;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
