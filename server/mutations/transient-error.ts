/**
 * Failures that say nothing about the mutation itself: the connection went away, or PostgreSQL
 * refused the transaction for now (serialization, deadlock, shutdown, too many connections).
 * The whole request fails with 503 and the station sends the batch again.
 */
const TRANSIENT_SQLSTATES = new Set([
  '40001',
  '40P01',
  '55P03',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);
const TRANSIENT_MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i];

export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // Class 08: connection exceptions.
    if (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08')) return true;
    if (TRANSIENT_NODE_CODES.has(code)) return true;
  }
  return TRANSIENT_MESSAGES.some((pattern) => pattern.test(error.message));
}
