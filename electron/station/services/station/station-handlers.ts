import type { StationInfo, StationStatus } from '../../../../shared/contract';
import type { HandlerMap } from '../../contract/handler-map';

export function createStationHandlers(deps: {
  info: () => Promise<StationInfo>;
  status: () => Promise<StationStatus>;
}): HandlerMap<'station.info' | 'station.status'> {
  return {
    'station.info': () => deps.info(),
    'station.status': () => deps.status(),
  };
}
