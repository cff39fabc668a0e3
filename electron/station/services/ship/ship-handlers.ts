import type { HandlerMap } from '../../contract/handler-map';
import type { ShipService } from './ship-service';

export function createShipHandlers(
  ship: ShipService,
): HandlerMap<
  | 'ship.overview'
  | 'ship.quote'
  | 'ship.label'
  | 'ship.reprint'
  | 'ship.void'
  | 'ship.closeManifest'
  | 'ship.cancelAwaiting'
  | 'ship.preview'
  | 'ship.alerts'
> {
  return {
    'ship.overview': () => ship.overview(),
    'ship.quote': (input) => ship.quote(input),
    'ship.label': (input) => ship.label(input),
    'ship.reprint': (input) => ship.reprint(input),
    'ship.void': (input) => ship.void(input),
    'ship.closeManifest': (input) => ship.closeManifest(input),
    'ship.cancelAwaiting': ({ parcelId }) => {
      ship.cancelAwaiting(parcelId);
      return { message: 'The parcel no longer waits for that carrier; label it again.' };
    },
    'ship.preview': (input) => ship.preview(input),
    'ship.alerts': () => ship.alerts(),
  };
}
