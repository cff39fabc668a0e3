import { WharfError } from '../../shared/contract';
import type { InvokeResult } from '../../shared/contract';
import type { Logger } from '../station/logger';

export type Invoke = (method: string, input: unknown) => Promise<InvokeResult>;

/** Answers one IPC call; `trusted` is the sender check made by the caller. */
export type InvokeHandler = (
  trusted: boolean,
  method: unknown,
  input: unknown,
) => Promise<InvokeResult>;

const failure = (error: WharfError): InvokeResult => ({ ok: false, error: error.toJSON() });

/**
 * The IPC side of the one door into the station. Whatever arrives, the renderer gets an
 * InvokeResult back: an exception thrown across IPC reaches the page as a bare string with the
 * main-process stack in it, which is useless to a person and tells the page too much.
 */
export function createInvokeHandler(deps: { invoke: Invoke; logger: Logger }): InvokeHandler {
  return async (trusted, method, input) => {
    if (!trusted) {
      deps.logger.warn(
        { method: typeof method === 'string' ? method.slice(0, 100) : typeof method },
        'IPC call from an untrusted frame refused',
      );
      return failure(
        new WharfError('PERMISSION_DENIED', 'This page is not allowed to call the station.'),
      );
    }
    if (typeof method !== 'string') {
      return failure(
        new WharfError('BAD_REQUEST', 'The method name must be a string.', {
          issues: [{ path: 'method', message: `Expected a string, received ${typeof method}` }],
        }),
      );
    }
    try {
      return await deps.invoke(method, input);
    } catch (err) {
      // The dispatcher already turns handler failures into results; this is the safety net.
      deps.logger.error({ method, err }, 'station invoke threw');
      return failure(
        new WharfError(
          'INTERNAL',
          `The station could not complete ${method}. Try again; if it keeps failing, send the ` +
            'station log to support.',
          {
            method,
          },
        ),
      );
    }
  };
}
