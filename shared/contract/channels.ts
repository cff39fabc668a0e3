/**
 * Transport addresses. Kept free of zod so the sandboxed preload can import them without
 * bundling every schema.
 */
export const IPC_INVOKE_CHANNEL = 'wharf:invoke';
export const IPC_PUSH_CHANNEL = 'wharf:push';
export const WS_PATH = '/ws';
