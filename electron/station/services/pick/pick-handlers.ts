import type { HandlerMap } from '../../contract/handler-map';
import type { ScanResolver } from '../scan/resolve-scan';
import type { PickService } from './pick-service';

export function createPickHandlers(deps: {
  pick: PickService;
  resolver: ScanResolver;
  now: () => string;
}): HandlerMap<
  | 'scan.resolve'
  | 'pick.candidates'
  | 'pick.start'
  | 'pick.waves'
  | 'pick.state'
  | 'pick.scan'
  | 'pick.short'
  | 'pick.undo'
> {
  const { pick } = deps;
  return {
    'scan.resolve': ({ scan }) => deps.resolver.resolve(scan, new Date(deps.now())),
    'pick.candidates': () => pick.candidates(),
    'pick.start': (input) => pick.start(input),
    'pick.waves': () => pick.waves(),
    'pick.state': ({ waveId }) => pick.state(waveId),
    'pick.scan': ({ waveId, scan }) => pick.scan(waveId, scan),
    'pick.short': ({ waveId, reason, quantity }) => pick.short(waveId, reason, quantity),
    'pick.undo': ({ waveId }) => pick.undo(waveId),
  };
}
