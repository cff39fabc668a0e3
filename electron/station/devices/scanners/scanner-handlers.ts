import type { HandlerMap } from '../../contract/handler-map';
import type { SerialScannerManager } from './serial-scanner-manager';

export function createScannerHandlers(deps: {
  scanners: SerialScannerManager;
  /** Who is changing the set-up: the signed-in person's id, or `station`. */
  actor?: () => string;
}): HandlerMap<'scanners.list' | 'scanners.save' | 'scanners.remove' | 'scanners.ports'> {
  const { scanners } = deps;
  const actor = deps.actor ?? (() => 'station');
  return {
    'scanners.list': () => ({ scanners: scanners.list() }),
    'scanners.save': (input) => scanners.save(input, actor()),
    'scanners.remove': async ({ id }) => {
      await scanners.remove(id, actor());
      return { scanners: scanners.list() };
    },
    'scanners.ports': async () => ({ ports: await scanners.ports() }),
  };
}
