import type { InvokeResult } from '../../shared/contract';

/** Sentences a clerk can act on when the link to the station backend fails mid-work. */
export const LINK_MESSAGES = {
  notConnected:
    'The station backend cannot be reached right now. Wharf keeps trying to reconnect; try again in a moment.',
  droppedBeforeAnswer:
    'The link to the station backend dropped before it answered. Check whether your change was saved, then try again.',
  timedOut:
    'The station backend took too long to answer. Check whether your change was saved, then try again.',
  bridgeFailed:
    'This window lost touch with the station backend. Close Wharf and open it again; if that does not help, tell your supervisor.',
} as const;

export function unavailable(message: string, method: string): InvokeResult {
  return { ok: false, error: { code: 'UNAVAILABLE', message, details: { method } } };
}
