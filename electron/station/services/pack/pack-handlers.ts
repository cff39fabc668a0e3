import type { HandlerMap } from '../../contract/handler-map';
import type { PackService } from './pack-service';

export function createPackHandlers(
  pack: PackService,
  actor: () => string = () => 'station',
): HandlerMap<
  | 'pack.open'
  | 'pack.state'
  | 'pack.scan'
  | 'pack.removeLast'
  | 'pack.closeParcel'
  | 'pack.slip'
  | 'pack.printSlip'
> {
  return {
    'pack.open': ({ scan }) => pack.open(scan),
    'pack.state': ({ fulfilmentId }) => pack.state(fulfilmentId),
    'pack.scan': ({ fulfilmentId, scan }) => pack.scan(fulfilmentId, scan),
    'pack.removeLast': ({ fulfilmentId }) => pack.removeLast(fulfilmentId),
    'pack.closeParcel': (input) => pack.closeParcel(input),
    'pack.slip': ({ fulfilmentId }) => pack.slip(fulfilmentId),
    'pack.printSlip': ({ fulfilmentId }) => pack.printSlip(fulfilmentId, actor()),
  };
}
