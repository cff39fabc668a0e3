import { z } from 'zod';
import { ContractErrorSchema } from './errors';

/** The answer to one call, the same on every transport. */
export const InvokeResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ContractErrorSchema }),
]);
export type InvokeResult = z.infer<typeof InvokeResultSchema>;

const callId = z.string().min(1).max(64);
const name = z.string().min(1).max(100);

/** Messages a renderer sends over the WebSocket transport. */
export const ClientMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('invoke'), id: callId, method: name, input: z.unknown().optional() }),
  z.object({ kind: z.literal('subscribe'), topic: name }),
  z.object({ kind: z.literal('unsubscribe'), topic: name }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/** Messages the station sends back over the WebSocket transport. */
export const ServerMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), id: callId, result: InvokeResultSchema }),
  z.object({ kind: z.literal('push'), topic: name, payload: z.unknown() }),
  /** A message that could not be understood at all (not JSON, no id): nothing was done. */
  z.object({ kind: z.literal('protocol-error'), error: ContractErrorSchema }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

/** What the Electron preload exposes on `window.wharf`, and nothing more. */
export interface WharfBridge {
  invoke(method: string, input: unknown): Promise<InvokeResult>;
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
}

export { IPC_INVOKE_CHANNEL, IPC_PUSH_CHANNEL, WS_PATH } from './channels';
