import { issuesFromZod, methods, WharfError } from '../../../shared/contract';
import type { InvokeResult, MethodName } from '../../../shared/contract';
import type { Logger } from '../logger';
import type { Handler, HandlerMap } from './handler-map';

export type Invoke = (method: string, input: unknown) => Promise<InvokeResult>;

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/**
 * The one door into the station backend, whatever the transport. Input is validated against the
 * contract before a handler sees it, output before the caller does; every failure becomes a
 * structured error, and unexpected ones are logged with their stack here and nowhere else.
 */
export function createDispatcher(handlers: HandlerMap, logger: Logger): Invoke {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return failure(
        new WharfError('UNKNOWN_METHOD', `There is no station method called "${method}"`, {
          method,
        }),
      );
    }
    const spec = methods[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return failure(
        new WharfError('BAD_REQUEST', `The request to ${method} is not valid`, {
          method,
          issues: issuesFromZod(parsed.error),
        }),
      );
    }
    try {
      // The map is keyed by the same name, so this handler takes this method's parsed input.
      const handler: Handler<MethodName> = handlers[method];
      const output = await handler(parsed.data);
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        logger.error({ method, issues: checked.error.issues }, 'handler answered off-contract');
        return failure(internal(method));
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof WharfError) return failure(error);
      logger.error({ method, err: error }, 'station method failed');
      return failure(internal(method));
    }
  };
}

function internal(method: string): WharfError {
  return new WharfError(
    'INTERNAL',
    `The station could not complete ${method}. Nothing was changed; try again, and if it ` +
      'keeps failing send the station log to support.',
    { method },
  );
}

function failure(error: WharfError): InvokeResult {
  return { ok: false, error: error.toJSON() };
}
