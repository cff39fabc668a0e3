import type { InvokeResult } from '../../shared/contract';

/**
 * The link between this page and the station backend.
 * - `connecting`: the first attempt is under way; nothing has failed yet.
 * - `open`: calls and pushes flow.
 * - `closed`: the link failed or dropped; the transport keeps retrying in the background and
 *   stays `closed` until a retry succeeds, so the UI does not flicker on every attempt.
 */
export type LinkState = 'connecting' | 'open' | 'closed';

export type TransportKind = 'ipc' | 'websocket';

/** One way of carrying the contract: Electron IPC or the browser host's WebSocket. */
export interface StationTransport {
  readonly kind: TransportKind;
  /** Never rejects: every failure, the transport's own included, is an `ok: false` result. */
  invoke(method: string, input: unknown): Promise<InvokeResult>;
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
  linkState(): LinkState;
  onLinkState(listener: (state: LinkState) => void): () => void;
}
