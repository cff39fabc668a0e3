import type BetterSqlite3 from 'better-sqlite3';
import type { Clock, IdSource } from '../../clock';
import type { HandlerMap } from '../../contract/handler-map';
import type { MutationRunner } from '../../mutations/run-mutation';
import { createPackHandlers } from '../pack/pack-handlers';
import { createPackService } from '../pack/pack-service';
import { createSlipPrinter } from '../pack/slip-printer';
import type { SlipPrinting } from '../pack/slip-printer';
import { createPickHandlers } from '../pick/pick-handlers';
import { createPickService } from '../pick/pick-service';
import { createScanResolver } from '../scan/resolve-scan';
import { createFloorNames } from './floor-names';
import { createFloorOverview } from './floor-overview';
import { createRefusalLog } from './refusal-log';

export interface FloorServicesDeps {
  sqlite: BetterSqlite3.Database;
  runner: MutationRunner;
  clock: Clock;
  newId: IdSource;
  stationId: string;
  getWarehouseId: () => string | null;
  /** Where the packing slip's fonts are; the repository's resources/fonts when left out. */
  fontsDir?: string;
  /** The station's printers: packing slips print when an order is packed. */
  printing?: SlipPrinting;
  /** Who is signed in, for the print log. */
  actor?: () => string;
}

/** The floor's services (scan resolution, picking, packing, the manager's view) and handlers. */
export function createFloorServices(deps: FloorServicesDeps) {
  const names = createFloorNames(deps.sqlite, deps.stationId);
  const resolver = createScanResolver(deps.sqlite, deps.getWarehouseId);
  const logRefusal = createRefusalLog(deps.runner, deps.getWarehouseId);
  const pick = createPickService({
    sqlite: deps.sqlite,
    runner: deps.runner,
    logRefusal,
    resolver,
    clock: deps.clock,
    stationId: deps.stationId,
    getWarehouseId: deps.getWarehouseId,
    personName: (id) => names.personName(id),
    stationName: (id) => names.stationName(id),
  });
  const pack = createPackService({
    sqlite: deps.sqlite,
    runner: deps.runner,
    logRefusal,
    resolver,
    clock: deps.clock,
    newId: deps.newId,
    getWarehouseId: deps.getWarehouseId,
    ...(deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir }),
    ...(deps.printing
      ? {
          slipPrinter: createSlipPrinter({
            sqlite: deps.sqlite,
            printing: deps.printing,
            ...(deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir }),
          }),
        }
      : {}),
  });
  const overview = createFloorOverview({
    sqlite: deps.sqlite,
    now: () => deps.clock.now(),
    getWarehouseId: deps.getWarehouseId,
    stationId: deps.stationId,
    stationName: (id) => names.stationName(id),
    personName: (id) => names.personName(id),
  });
  const handlers: HandlerMap<
    | 'scan.resolve'
    | 'pick.candidates'
    | 'pick.start'
    | 'pick.waves'
    | 'pick.state'
    | 'pick.scan'
    | 'pick.short'
    | 'pick.undo'
    | 'pack.open'
    | 'pack.state'
    | 'pack.scan'
    | 'pack.removeLast'
    | 'pack.closeParcel'
    | 'pack.slip'
    | 'pack.printSlip'
    | 'floor.overview'
  > = {
    ...createPickHandlers({ pick, resolver, now: () => deps.clock.now() }),
    ...createPackHandlers(pack, deps.actor),
    'floor.overview': () => overview(),
  };
  return { resolver, pick, pack, overview, handlers };
}
