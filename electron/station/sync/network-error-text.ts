/** Why a request to the head office failed, in words a clerk can pass on (never a stack). */
export function networkErrorText(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the address could not be found';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was cut';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the network cannot reach it';
    default:
      break;
  }
  if (cause instanceof Error && cause.message) return cause.message;
  return 'no answer';
}
