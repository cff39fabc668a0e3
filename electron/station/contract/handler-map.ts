import { methods } from '../../../shared/contract';
import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/contract';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

/** A domain's handlers: exactly the methods it names, each typed from the contract. */
export type HandlerMap<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

/**
 * Joins the domains' handler maps into one. Start-up fails on a name the contract does not
 * declare, on a method implemented twice, and on a method nobody implements — so a contract
 * change that is not carried through is found before a person clicks anything.
 */
export function registerHandlers(...maps: ReadonlyArray<Partial<HandlerMap>>): HandlerMap {
  const joined: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (!Object.hasOwn(methods, name)) {
        throw new Error(`Handler registered for "${name}", which the contract does not declare`);
      }
      if (name in joined) throw new Error(`Two handlers registered for "${name}"`);
      joined[name] = handler;
    }
  }
  const missing = Object.keys(methods).filter((name) => !(name in joined));
  if (missing.length > 0) {
    throw new Error(`No handler registered for: ${missing.join(', ')}`);
  }
  return joined as HandlerMap;
}
